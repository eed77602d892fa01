using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Subscriptions.SendRenewalReminders;

/// <summary>
/// Obligation U8: mails the holder of each yearly subscription that renews within the reminder days (7 by default),
/// once per renewal. Answers how many were mailed.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.OperationalEmail, LegalBasis.Contract, DataCategory.Contact, DataCategory.Transactions)]
public sealed record SendRenewalRemindersCommand : ICommand<int>;
