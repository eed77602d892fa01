using Microsoft.EntityFrameworkCore;
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

namespace Pixyer.Application.Common.Persistence;

/// <summary>
/// The store as the use cases see it. Handlers query and change these sets; they never save: the unit-of-work
/// behavior commits a command's changes, its audit entry and its outbox rows in one transaction.
/// </summary>
public interface IAppDbContext
{
    DbSet<Account> Accounts { get; }

    DbSet<EmailVerificationToken> EmailVerificationTokens { get; }

    DbSet<Session> Sessions { get; }

    DbSet<LoginFailure> LoginFailures { get; }

    DbSet<FileKey> FileKeys { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<AuditCheckpoint> AuditCheckpoints { get; }

    DbSet<AuditTreeNode> AuditTreeNodes { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<ConsentEvent> ConsentEvents { get; }

    DbSet<PolicyVersion> PolicyVersions { get; }

    DbSet<PolicyAcceptance> PolicyAcceptances { get; }

    DbSet<PublicNotice> PublicNotices { get; }

    DbSet<Incident> Incidents { get; }

    DbSet<RegulatorReport> RegulatorReports { get; }

    DbSet<AffectedSubject> AffectedSubjects { get; }

    DbSet<Showcase> Showcases { get; }

    DbSet<AnalyticsEvent> AnalyticsEvents { get; }

    DbSet<ModelFeedbackEntry> ModelFeedback { get; }

    DbSet<ServiceFeedback> ServiceFeedback { get; }

    DbSet<Inquiry> Inquiries { get; }

    DbSet<InquiryMessage> InquiryMessages { get; }

    DbSet<Survey> Surveys { get; }

    DbSet<SurveyResponse> SurveyResponses { get; }

    DbSet<ImportedContact> ImportedContacts { get; }

    DbSet<AdProfile> AdProfiles { get; }

    DbSet<AccessLogEntry> AccessLog { get; }

    DbSet<Upload> Uploads { get; }

    DbSet<Asset> Assets { get; }

    DbSet<GenerationJob> GenerationJobs { get; }

    DbSet<Recipient> Recipients { get; }

    DbSet<Disclosure> Disclosures { get; }

    DbSet<DataExport> DataExports { get; }

    DbSet<LegalHold> LegalHolds { get; }

    DbSet<DeidentifiedExport> DeidentifiedExports { get; }

    DbSet<LegalRequest> LegalRequests { get; }

    DbSet<LegalRequestDocument> LegalRequestDocuments { get; }

    DbSet<LegalRequestExport> LegalRequestExports { get; }

    DbSet<BusinessTransfer> BusinessTransfers { get; }

    DbSet<BusinessTransferSubject> BusinessTransferSubjects { get; }

    DbSet<Campaign> Campaigns { get; }

    DbSet<CampaignMail> CampaignMails { get; }

    DbSet<JobRun> JobRuns { get; }

    DbSet<RightsRequest> RightsRequests { get; }

    DbSet<DeletionRequest> DeletionRequests { get; }

    DbSet<ErasureLedgerEntry> ErasureLedger { get; }

    DbSet<GuardianRequest> GuardianRequests { get; }

    DbSet<CorrectionRequest> CorrectionRequests { get; }

    DbSet<Backup> Backups { get; }

    DbSet<Plan> Plans { get; }

    DbSet<PaymentCustomer> PaymentCustomers { get; }

    DbSet<PaymentMethod> PaymentMethods { get; }

    DbSet<Subscription> Subscriptions { get; }

    DbSet<SubscriptionEvent> SubscriptionEvents { get; }

    DbSet<PaymentTransaction> PaymentTransactions { get; }

    DbSet<Invoice> Invoices { get; }

    DbSet<PaymentEvent> PaymentEvents { get; }
}
