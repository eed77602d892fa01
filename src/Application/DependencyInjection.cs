using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Accounts;
using Pixyer.Application.Common.Behaviors;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Policies;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Common.Telemetry;
using Pixyer.Application.Features.Accounts;
using Pixyer.Application.Features.Accounts.Register;
using Pixyer.Application.Features.Backups;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Deletion;
using Pixyer.Application.Features.Incidents;
using Pixyer.Application.Features.Inquiries;
using Pixyer.Application.Features.Invoices;
using Pixyer.Application.Features.PaymentMethods;
using Pixyer.Application.Features.Showcases;
using Pixyer.Application.Features.Subscriptions;
using Pixyer.Application.Features.Disclosures;
using Pixyer.Application.Features.LegalHolds;
using Pixyer.Application.Features.LegalRequests;
using Pixyer.Application.Features.Policies;
using Pixyer.Application.Features.Profile.CorrectMyProfile;
using Pixyer.Application.Features.Unsubscribe;
using Pixyer.Application.Features.Uploads;
using Pixyer.Application.Features.Sessions.Authenticate;
using Pixyer.Application.Features.Audit;
using Pixyer.Application.Features.Campaigns;

namespace Pixyer.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped);
        services.AddSingleton<PixyerMetrics>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());
        services.AddScoped<RequestContext>();
        services.AddScoped<IRequestContext>(sp => sp.GetRequiredService<RequestContext>());
        // The unit of work runs its pre-commit steps in this order.
        services.AddScoped<IPreCommitStep, IdempotencyRecordStep>();
        services.AddScoped<IPreCommitStep, AuditEntryStep>();
        services.AddScoped<CommitHooks>();
        services.AddScoped<ProvableCheckpoints>();
        services.AddScoped<IOutbox, Outbox>();
        services.AddScoped<EmailVerificationMailer>();
        services.AddScoped<EmailChangeLimit>();
        services.AddScoped<SessionAuthenticator>();
        services.AddScoped<PolicyCatalog>();
        services.AddScoped<IPolicyAcceptanceCheck>(sp => sp.GetRequiredService<PolicyCatalog>());
        services.AddScoped<ConsentLedger>();
        services.AddScoped<IConsentCheck>(sp => sp.GetRequiredService<ConsentLedger>());
        services.AddScoped<UnsubscribeLinks>();
        services.AddScoped<ImageIntake>();
        services.AddScoped<InquiryTokens>();
        services.AddScoped<InquiryThreads>();
        services.AddScoped<InquiryAttachments>();
        services.AddScoped<MarketingMails>();
        services.AddScoped<CampaignMessages>();
        services.AddScoped<OpenPixels>();
        services.AddScoped<IDisclosureRegister, DisclosureRegister>();
        services.AddScoped<ILegalHolds, LegalHoldRegister>();
        services.AddScoped<LegalRequestArchive>();
        services.AddScoped<SubjectErasure>();
        services.AddScoped<SelectedAccounts>();
        services.AddScoped<IncidentPublicNotices>();
        services.AddScoped<FileKeyIssuer>();
        services.AddScoped<AccountDeletion>();
        services.AddScoped<BackupRestoration>();
        services.AddScoped<SubscriptionBilling>();
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<BillingMails>();
        services.AddScoped<GenerationAllowance>();
        services.AddScoped<IAccountClosureStep, BillingAccountClosure>();
        services.AddScoped<IAccountClosureStep, ShowcaseAccountClosure>();

        AddImplementationsOf<IPersonalDataSource>(services);
        AddImplementationsOf<IConsentWithdrawalEffect>(services);

        return services;
    }

    private static void AddImplementationsOf<TService>(IServiceCollection services)
    {
        var implementations = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TService).IsAssignableFrom(t));
        foreach (var implementation in implementations)
        {
            services.AddScoped(typeof(TService), implementation);
        }
    }
}
