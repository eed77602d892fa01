using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.AccessLog;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Advertising;
using Pixyer.Domain.Analytics;
using Pixyer.Domain.Assets;
using Pixyer.Domain.Backups;
using Pixyer.Domain.Billing;
using Pixyer.Domain.BusinessTransfers;
using Pixyer.Domain.Campaigns;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Contacts;
using Pixyer.Domain.Deidentification;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Exports;
using Pixyer.Domain.Feedback;
using Pixyer.Domain.Inquiries;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Idempotency;
using Pixyer.Domain.Incidents;
using Pixyer.Domain.Jobs;
using Pixyer.Domain.LegalHolds;
using Pixyer.Domain.LegalRequests;
using Pixyer.Domain.ModelFeedback;
using Pixyer.Domain.Notices;
using Pixyer.Domain.Showcases;
using Pixyer.Domain.Outbox;
using Pixyer.Domain.Policies;
using Pixyer.Domain.Rights;
using Pixyer.Domain.Security;
using Pixyer.Domain.Sessions;
using Pixyer.Domain.Surveys;
using Pixyer.Domain.Uploads;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>
/// The store. Each provider has a subclass of its own, so that each keeps its own migrations
/// (<see cref="PostgresPixyerDbContext"/>, <see cref="SqlitePixyerDbContext"/>).
/// </summary>
public abstract class PixyerDbContext(DbContextOptions options) : DbContext(options), IAppDbContext
{
    public abstract DatabaseProvider Provider { get; }

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<EmailVerificationToken> EmailVerificationTokens => Set<EmailVerificationToken>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<LoginFailure> LoginFailures => Set<LoginFailure>();

    public DbSet<FileKey> FileKeys => Set<FileKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    public DbSet<AuditTreeNode> AuditTreeNodes => Set<AuditTreeNode>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<ConsentEvent> ConsentEvents => Set<ConsentEvent>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    public DbSet<PolicyAcceptance> PolicyAcceptances => Set<PolicyAcceptance>();

    public DbSet<PublicNotice> PublicNotices => Set<PublicNotice>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<RegulatorReport> RegulatorReports => Set<RegulatorReport>();

    public DbSet<AffectedSubject> AffectedSubjects => Set<AffectedSubject>();

    public DbSet<Showcase> Showcases => Set<Showcase>();

    public DbSet<AnalyticsEvent> AnalyticsEvents => Set<AnalyticsEvent>();

    public DbSet<ModelFeedbackEntry> ModelFeedback => Set<ModelFeedbackEntry>();

    public DbSet<ServiceFeedback> ServiceFeedback => Set<ServiceFeedback>();

    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<InquiryMessage> InquiryMessages => Set<InquiryMessage>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    public DbSet<ImportedContact> ImportedContacts => Set<ImportedContact>();

    public DbSet<AdProfile> AdProfiles => Set<AdProfile>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<Upload> Uploads => Set<Upload>();

    public DbSet<Asset> Assets => Set<Asset>();

    public DbSet<GenerationJob> GenerationJobs => Set<GenerationJob>();

    public DbSet<Recipient> Recipients => Set<Recipient>();

    public DbSet<Disclosure> Disclosures => Set<Disclosure>();

    public DbSet<DataExport> DataExports => Set<DataExport>();

    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    public DbSet<DeidentifiedExport> DeidentifiedExports => Set<DeidentifiedExport>();

    public DbSet<LegalRequest> LegalRequests => Set<LegalRequest>();

    public DbSet<LegalRequestDocument> LegalRequestDocuments => Set<LegalRequestDocument>();

    public DbSet<LegalRequestExport> LegalRequestExports => Set<LegalRequestExport>();

    public DbSet<BusinessTransfer> BusinessTransfers => Set<BusinessTransfer>();

    public DbSet<BusinessTransferSubject> BusinessTransferSubjects => Set<BusinessTransferSubject>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignMail> CampaignMails => Set<CampaignMail>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<RightsRequest> RightsRequests => Set<RightsRequest>();

    public DbSet<DeletionRequest> DeletionRequests => Set<DeletionRequest>();

    public DbSet<ErasureLedgerEntry> ErasureLedger => Set<ErasureLedgerEntry>();

    public DbSet<GuardianRequest> GuardianRequests => Set<GuardianRequest>();

    public DbSet<CorrectionRequest> CorrectionRequests => Set<CorrectionRequest>();

    public DbSet<Backup> Backups => Set<Backup>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PaymentCustomer> PaymentCustomers => Set<PaymentCustomer>();

    public DbSet<PaymentMethod> PaymentMethods => Set<PaymentMethod>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<SubscriptionEvent> SubscriptionEvents => Set<SubscriptionEvent>();

    public DbSet<PaymentTransaction> PaymentTransactions => Set<PaymentTransaction>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<PaymentEvent> PaymentEvents => Set<PaymentEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PixyerDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreEntityIdsAsGuids();
}
