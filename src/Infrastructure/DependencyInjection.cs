using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Pixyer.Application;
using Pixyer.Application.Common.AccessLog;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Common.Imaging;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Privacy;
using Pixyer.Application.Features.Retention.AnonymizeExpiredAccounts;
using Pixyer.Application.Features.Uploads;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;
using Pixyer.Infrastructure.AccessLog;
using Pixyer.Infrastructure.Auditing;
using Pixyer.Infrastructure.Email;
using Pixyer.Infrastructure.Files;
using Pixyer.Infrastructure.Generation;
using Pixyer.Infrastructure.Payments;
using Pixyer.Infrastructure.Geo;
using Pixyer.Infrastructure.Health;
using Pixyer.Infrastructure.Imaging;
using Pixyer.Infrastructure.Jobs;
using Pixyer.Infrastructure.Outbox;
using Pixyer.Infrastructure.Persistence;
using Pixyer.Infrastructure.Requests;
using Pixyer.Infrastructure.PersonalData;
using Pixyer.Infrastructure.Security;
using Pixyer.Infrastructure.Telemetry;
using Quartz;

namespace Pixyer.Infrastructure;

public static class DependencyInjection
{
    private static readonly TimeSpan ReadinessCheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PixyerOptions.Section);
        services.AddOptions<PixyerOptions>().Bind(section)
            .Validate(
                o => o.EmailChange is { MaxPerAccount: > 0, MaxPerAddress: > 0 } && o.EmailChange.Window <= EmailVerificationToken.Lifetime,
                $"{PixyerOptions.Section}:EmailChange: the limits must be positive and the window at most a verification token's lifetime.")
            .Validate(
                o => o.Payments is { TaxRateBasisPoints: >= 0 and <= 10_000, FreeGenerationsPerMonth: >= 0, RenewalReminderDays: > 0, RecordRetentionYears: > 0 }
                     && o.Payments.RetryDays.Count > 0 && o.Payments.RetryDays.Zip(o.Payments.RetryDays.Skip(1)).All(p => p.First < p.Second)
                     && o.Payments.RetryDays[0] > 0,
                $"{PixyerOptions.Section}:Payments: the tax rate is 0 to 10000 basis points, the free generations are not negative, the reminder days and retention years positive, "
                + "and the dunning retry days are positive and rising.")
            .Validate(
                o => o.Incidents is { PublicNoticeThreshold: >= 0, NotificationBatchSize: > 0 },
                $"{PixyerOptions.Section}:Incidents: the public-notice threshold is not negative and the notification batch size is positive.")
            .Validate(
                o => o.Contacts.MaxImportBytes is > 0 and <= int.MaxValue - PixyerOptions.ContactOptions.MultipartAllowance,
                $"{PixyerOptions.Section}:Contacts: MaxImportBytes must be positive and below 2 GB.")
            .ValidateOnStart();
        services.Configure<InfrastructureOptions>(section);
        var options = section.Get<InfrastructureOptions>() ?? new InfrastructureOptions();
        services.AddOptions<PrivacyControllerOptions>()
            .Bind(configuration.GetSection(PrivacyControllerOptions.Section))
            .Validate(c => c.BlankSettings().Count == 0, $"Every {PrivacyControllerOptions.Section} setting needs a value (obligation L1).")
            .Validate(
                c => c.OverlongSettings().Count == 0,
                $"{PrivacyControllerOptions.Section}: a setting is longer than the API serves it (the operator's name, the law and the court "
                + $"{PrivacyControllerOptions.NameMaxLength} characters, the address {PrivacyControllerOptions.AddressMaxLength}, the e-mail address "
                + $"{PrivacyControllerOptions.EmailMaxLength}, the phone {PrivacyControllerOptions.PhoneMaxLength}, the storage region "
                + $"{PrivacyControllerOptions.StorageRegionMaxLength}, the transfer mechanism {Recipient.TransferMechanismMaxLength}, the country code {CountryCode.Length}).")
            .ValidateOnStart();
        services.AddOptions<UploadOptions>()
            .Bind(configuration.GetSection(UploadOptions.Section))
            .Validate(u => u.MaxBytes is > 0 and <= int.MaxValue - UploadOptions.MultipartAllowance && u.MaxPixels > 0,
                $"{UploadOptions.Section}: MaxBytes must be positive and below 2 GB, MaxPixels positive.")
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        var (provider, connectionString) = DatabaseRegistration.Resolve(configuration, options);
        services.AddPixyerDatabase(provider, connectionString);
        services.PostConfigure<InfrastructureOptions>(o =>
        {
            o.Jobs.AnonymizationBatchSize ??= provider == DatabaseProvider.Sqlite
                ? AnonymizeExpiredAccountsCommand.SqliteDefaultBatchSize
                : AnonymizeExpiredAccountsCommand.DefaultBatchSize;
            // One writer at a time: a second worker would only wait for the first.
            o.Jobs.AnonymizationWorkers = provider == DatabaseProvider.Sqlite
                ? 1
                : Math.Max(1, o.Jobs.AnonymizationWorkers ?? ExpiredAccountsAnonymizer.PostgreSqlDefaultWorkers);
        });

        services.AddPixyerAuditLog();
        services.AddScoped<IOutboxClaimer, OutboxClaimer>();
        services.AddScoped<ILoginThrottle, LoginThrottle>();
        services.AddSingleton<IPasswordHasher, PasswordHasher>();
        services.AddSingleton<ISecretTokens, SecretTokens>();
        services.AddSingleton<IKeyedHasher, KeyedHasher>();
        services.AddSingleton<IKeySealer, MasterKeySealer>();
        services.AddSingleton<FileKeyring>();
        services.AddPixyerFileStore(options.Files);
        services.AddSingleton<IFileReader>(sp => sp.GetRequiredService<IFileStore>());
        services.AddSingleton<IImageGenerator, SkiaImageGenerator>();
        services.AddScoped<IGenerationJobLocks, GenerationJobLocks>();
        services.AddScoped<IErasureLedger, ErasureLedger>();
        services.AddScoped<IErasurePlanning, ErasurePlanning>();
        services.AddScoped<IPersonalDataScan, DatabasePersonalDataScan>();
        services.AddScoped<IPhysicalErasure, DatabasePhysicalErasure>();
        services.AddSingleton<IRawStorageScan, DataFolderRawScan>();
        services.AddSingleton<IImageIngest, SkiaImageIngest>();
        services.AddSingleton<PickupFolderMail>();
        services.AddSingleton<IDeliveredMail>(sp => sp.GetRequiredService<PickupFolderMail>());
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            services.AddSingleton<IEmailSender, PickupDirectoryEmailSender>();
        }
        else
        {
            // Every mail the relay takes is a disclosure to the email platform (S1): without its recipient, do not start.
            if (string.IsNullOrWhiteSpace(options.Smtp.RecipientKey))
            {
                throw new InvalidOperationException(
                    "Pixyer:Smtp:RecipientKey is required with Pixyer:Smtp:Host: name the registered recipient of the email platform (obligation S1).");
            }

            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        services.AddPixyerImageGeneration(configuration);
        services.AddPixyerPaymentGateway(configuration);
        services.AddPixyerGeoLocation(options.GeoIp);
        services.AddSingleton<IAccessLogRecorder, AccessLogRecorder>();

        services.AddSingleton<SystemCommands>();
        services.AddSingleton<QueueDepthGauges>();
        services.AddSingleton<GenerationWorker>();
        services.AddSingleton<ExportWorker>();
        services.AddSingleton<ErasureWorker>();
        services.AddSingleton<SubscriptionRenewer>();
        services.AddSingleton<ExpiredAccountsAnonymizer>();
        services.AddSingleton<BusinessTransferRunner>();
        services.AddSingleton<IExportProgress, ExportProgress>();
        services.AddScoped<ICommandSteps, MediatorCommandSteps>();
        var node = NodeIdentity.From(options.Jobs.NodeId);
        services.AddSingleton(node);
        services.AddPixyerJobs(options.Jobs, node, options.Audit.SequencingInterval, provider, connectionString);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddQuartz(o => o.Tags.Add("ready"));
        // A store that is down can leave a check waiting on it; readiness answers "unhealthy" in time instead.
        services.Configure<HealthCheckServiceOptions>(o =>
        {
            foreach (var check in o.Registrations)
            {
                check.Timeout = ReadinessCheckTimeout;
            }
        });
        return services;
    }

    private static void AddPixyerAuditLog(this IServiceCollection services)
    {
        services.AddOptions<InfrastructureOptions>()
            .Validate(
                o => o.Audit is { SequencingBatchSize: > 0, CheckpointFileMaxBytes: > 0 } && o.Audit.SequencingInterval >= TimeSpan.Zero
                     && o.Audit.Witnesses.Interval >= TimeSpan.Zero
                     && o.Audit.Witnesses.Urls.All(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
                "Pixyer:Audit: the batch size and file size must be positive, the intervals not negative, and every witness URL absolute http(s).")
            .ValidateOnStart();
        services.AddScoped<IAuditTrail, AuditTrail>();
        // The leaf key never enters the database: it is configuration, or a key file in the data folder.
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<InfrastructureOptions>>().Value;
            return new AuditLeafHasher(DataFolderKey.Load(settings.Audit.LeafKey, "audit-leaf.key", settings));
        });
        services.AddSingleton<ICheckpointSigner, EcdsaCheckpointSigner>();
        services.AddSingleton<ICheckpointArchive, CheckpointFile>();
        services.AddScoped<CheckpointWitnesses>();
        services.AddHttpClient<ICheckpointWitness, HttpCheckpointWitness>();
        services.AddSingleton<AuditSequencer>();
        services.AddHostedService<AuditKeyAnnouncement>();
    }

    private static void AddPixyerGeoLocation(this IServiceCollection services, InfrastructureOptions.GeoIpOptions geoIp)
    {
        if (string.IsNullOrWhiteSpace(geoIp.CountryDatabasePath))
        {
            services.AddSingleton<IGeoLocator, NoGeoLocator>();
            return;
        }

        // A configured database that is not there is a deployment mistake: say so at start-up, not per request.
        var path = Path.GetFullPath(geoIp.CountryDatabasePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The GeoIP country database (Pixyer:GeoIp:CountryDatabasePath) was not found.", path);
        }

        services.AddSingleton<IGeoLocator>(_ => new MaxMindGeoLocator(path));
    }
}
