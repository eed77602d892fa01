using FluentValidation;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common.Validation;

namespace Pixyer.Application.Common.Accounts;

public sealed class AccountSelectorValidator : AbstractValidator<AccountSelector>
{
    public const int MaxListedAccounts = 10_000;

    public AccountSelectorValidator()
    {
        RuleFor(s => s.Kind)
            .Must(kind => AccountSelector.Kinds.Contains(kind))
            .WithMessage($"kind is one of: {string.Join(", ", AccountSelector.Kinds)}.");
        When(s => s.Kind == AccountSelector.DataCategories, () =>
            RuleFor(s => s.Categories)
                .NotEmpty().WithMessage("categories names at least one data category.")
                .MaximumCount(WireNames.All<DataCategory>().Count)
                .ForEach(category => category
                    .Must(name => WireNames.TryParse<DataCategory>(name, out var parsed) && SelectedAccounts.Holds(parsed))
                    .WithMessage("'{PropertyValue}' is not a data category Pixyer holds per account.")));
        When(s => s.Kind == AccountSelector.ActiveBetween, () =>
        {
            RuleFor(s => s.From).NotNull().WithMessage("from is required for active_between.");
            RuleFor(s => s.To).NotNull().WithMessage("to is required for active_between.")
                .GreaterThan(s => s.From).WithMessage("to must be after from.");
        });
        When(s => s.Kind == AccountSelector.ListedAccounts, () =>
            RuleFor(s => s.AccountIds)
                .NotEmpty().WithMessage("accountIds names at least one account.")
                .MaximumCount(MaxListedAccounts).WithMessage($"accountIds names at most {MaxListedAccounts} accounts."));
        RuleFor(s => s.Categories).Null().When(s => s.Kind != AccountSelector.DataCategories)
            .WithMessage("categories applies to data_categories only.");
        RuleFor(s => s.AccountIds).Null().When(s => s.Kind != AccountSelector.ListedAccounts)
            .WithMessage("accountIds applies to account_ids only.");
        RuleFor(s => new { s.From, s.To }).Must(w => w.From is null && w.To is null).When(s => s.Kind != AccountSelector.ActiveBetween)
            .WithName("from").WithMessage("from and to apply to active_between only.");
        RuleFor(s => s).Must(s => s.Describe().Length <= AccountSelector.DescriptionMaxLength)
            .WithName("affected").WithMessage($"The selector is written in at most {AccountSelector.DescriptionMaxLength} characters; name each category once.");
    }
}
