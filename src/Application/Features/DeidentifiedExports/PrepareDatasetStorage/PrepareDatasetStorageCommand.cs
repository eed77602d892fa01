using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.DeidentifiedExports.PrepareDatasetStorage;

/// <summary>
/// Obligation E2: issues the file key of the datasets' owner in the file store once, in a transaction of its own
/// before the first dataset is stored. The store issues a missing key itself, but on SQLite that write would wait for
/// the write lock of the very command storing the file (see FileKeyring); accounts get theirs at registration.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.OtherLaw, DataCategory.None)]
public sealed record PrepareDatasetStorageCommand : ICommand;
