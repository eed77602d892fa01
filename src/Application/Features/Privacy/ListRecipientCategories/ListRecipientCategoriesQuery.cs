using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Privacy.ListRecipientCategories;

/// <summary>Obligation S2: the categories of recipients personal data may be shared with, and which of them need consent.</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ListRecipientCategoriesQuery : IQuery<RecipientCategoryList>;
