using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Jobs;
using Pixyer.Domain.Jobs;
using Pixyer.Infrastructure.Persistence;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

public static class JobRegistration
{
    public static IServiceCollection AddPixyerJobs(
        this IServiceCollection services,
        InfrastructureOptions.JobOptions jobs,
        NodeIdentity node,
        TimeSpan auditSequencingInterval,
        DatabaseProvider provider,
        string connectionString)
    {
        var registered = new List<string>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "pixyer";
                o.InstanceId = node.Id;
            });
            q.AddRepeating<OutboxDeliveryJob>(registered, OutboxDeliveryJob.Key, jobs.OutboxDeliveryInterval, "Delivers queued mails");
            q.AddRepeating<PurgeExpiredRecordsJob>(
                registered,
                PurgeExpiredRecordsJob.Key,
                jobs.PurgeInterval,
                "Deletes expired sessions, tokens, failed logins and idempotency records, and invoices and transactions past their legal period");
            q.AddRepeating<TruncateAccessLogIpsJob>(
                registered, TruncateAccessLogIpsJob.Key, jobs.AccessLogTruncationInterval, "Truncates the IP addresses of old access-log entries");
            q.AddWakeUp(registered, WakeWorkersJob.Generation, "Wakes the idle generation workers of the node it runs on (they render queued jobs, C3)");
            q.AddRepeating<MarkInactiveAccountsJob>(
                registered, MarkInactiveAccountsJob.Key, jobs.InactivityInterval, "Warns idle accounts and marks them inactive after 180 days (R1)");
            q.AddRepeating<AnonymizeExpiredAccountsJob>(
                registered, AnonymizeExpiredAccountsJob.Key, jobs.AnonymizationInterval, "Anonymizes accounts 24 months after their retention clock started, except on legal hold (R2)");
            q.AddWakeUp(registered, WakeWorkersJob.Export, "Wakes the idle export workers of the node it runs on (they build requested data exports, G3)");
            q.AddRepeating<PurgeExpiredExportsJob>(
                registered, PurgeExpiredExportsJob.Key, jobs.ExportPurgeInterval, "Deletes export archives past their seven days");
            q.AddRepeating<PurgeAbandonedWritesJob>(
                registered, PurgeAbandonedWritesJob.Key, jobs.AbandonedWritePurgeInterval, "Deletes half-written files left by writers that died");
            q.AddWakeUp(
                registered,
                WakeWorkersJob.Erasure,
                "Wakes the idle erasure workers of the node it runs on (they erase the accounts whose deletion was asked for, verify and certify it, G2)");
            q.AddRepeating<PurgeGuardianRequestsJob>(
                registered, PurgeGuardianRequestsJob.Key, jobs.GuardianRequestPurgeInterval, "Deletes guardian requests decided more than three years ago (A2)");
            q.AddRepeating<PurgeAnonymousInquiriesJob>(
                registered,
                PurgeAnonymousInquiriesJob.Key,
                jobs.AnonymousInquiryPurgeInterval,
                "Forgets anonymous inquiries never verified or silent past their retention, keeping a complaint's pseudonymous record (C7, R1)");
            q.AddRepeating<PurgeExpiredBackupsJob>(
                registered,
                PurgeExpiredBackupsJob.Key,
                jobs.BackupPurgeInterval,
                "Removes expired backups from the register and prunes erasure-ledger entries no restore can need (R3)");
            q.AddRepeating<PurgeUnverifiedRegistrationsJob>(
                registered,
                PurgeUnverifiedRegistrationsJob.Key,
                jobs.UnverifiedPurgeInterval,
                "Erases accounts whose email address was not verified within seven days");
            q.AddRepeating<RenewSubscriptionsJob>(
                registered,
                RenewSubscriptionsJob.Key,
                jobs.RenewalInterval,
                "Renews due subscriptions, retries failed renewals on the dunning schedule and mails yearly renewal reminders (C4, C8)");
            q.AddRepeating<ApplyPaymentEventsJob>(
                registered, ApplyPaymentEventsJob.Key, jobs.PaymentEventInterval, "Applies the payment gateway's received webhook events, each once (C8)");
            q.AddRepeating<IncidentNotificationsJob>(
                registered, IncidentNotificationsJob.Key, jobs.IncidentNotificationInterval, "Tells the people an incident affected, batch after batch, each once (P3)");
            q.AddRepeating<IncidentClockJob>(
                registered,
                IncidentClockJob.Key,
                jobs.IncidentClockInterval,
                "Reminds the privacy officers of incidents without a report to the authority at 24 h, 60 h and when 72 h are over (P3)");
            q.AddRepeating<BusinessTransferJob>(
                registered,
                BusinessTransferJob.Key,
                jobs.BusinessTransferInterval,
                "Mails each subject of a declared business transfer its notice and, once the transfer takes effect, suspends the consents whose purpose changed (T1)");
            q.AddRepeating<CampaignMailsJob>(
                registered,
                CampaignMailsJob.Key,
                jobs.CampaignInterval,
                "Queues the mails of sent marketing campaigns for the recipients whose marketing consent still stands (U9)");
            q.AddRepeating<RecomputeAdProfilesJob>(
                registered,
                RecomputeAdProfilesJob.Key,
                jobs.AdProfileInterval,
                "Recomputes the ad profiles of accounts whose advertising consent stands and deletes any other (U3, G4)");
            q.AddRepeating<AuditSequencerJob>(
                registered,
                AuditSequencerJob.Key,
                auditSequencingInterval,
                "Integrates committed audit entries into the Merkle log and signs a checkpoint of it (P1)");
            q.AddJobListener<JobRunRecorder>(GroupMatcher<JobKey>.GroupEquals(QuartzJobScheduler.Group));

            if (provider == DatabaseProvider.PostgreSql)
            {
                // Clustered: every node shares the schedule and each trigger fires on exactly one of them.
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(connectionString);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering();
                    store.ProvisionSchema();
                });
            }
            else
            {
                q.UseInMemoryStore();
            }
        });
        services.AddSingleton(_ => new RegisteredJobs(registered));
        services.AddSingleton<WorkerWakeups>();
        if (jobs.Enabled)
        {
            services.AddHostedService<QueueWorkerPool>();
        }

        services.AddSingleton<IJobScheduler, QuartzJobScheduler>();
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            // A node can run the API without jobs (benchmarks, a read replica); the readiness check then says so.
            o.AutoStart = jobs.Enabled;
        });
        return services;
    }

    /// <summary>
    /// A job without a trigger that wakes one queue's workers when staff run it: the workers look at their queue on
    /// their own every interval, on every node, which a clustered trigger (one node per firing) could not do.
    /// </summary>
    private static void AddWakeUp(this IQuartzBuilder q, List<string> registered, JobKey key, string description) =>
        q.AddRepeating<WakeWorkersJob>(registered, key, TimeSpan.Zero, description);

    /// <summary>
    /// A durable job with one trigger of the same name that fires now and then every <paramref name="interval"/>. An
    /// interval of zero leaves the job without a trigger: it runs only when triggered by hand (the tests run the
    /// generation worker themselves, and a trigger stored by any test host would otherwise fire on another one).
    /// </summary>
    private static void AddRepeating<TJob>(this IQuartzBuilder q, List<string> registered, JobKey key, TimeSpan interval, string description)
        where TJob : IJob
    {
        // The staff job list promises these bounds: a longer key or description is a mistake caught at start-up.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Name.Length, JobRun.KeyMaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(description.Length, ScheduledJob.DescriptionMaxLength);
        registered.Add(key.Name);
        q.AddJob<TJob>(j => j.WithIdentity(key).WithDescription(description).StoreDurably());
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        q.AddTrigger(t => t
            .ForJob(key)
            .WithIdentity(key.Name, key.Group)
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
    }
}
