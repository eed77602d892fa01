using Microsoft.Extensions.DependencyInjection;
using Pixyer.Infrastructure.Persistence;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

public static class JobRegistration
{
    public static IServiceCollection AddPixyerJobs(
        this IServiceCollection services, InfrastructureOptions.JobOptions jobs, DatabaseProvider provider, string connectionString)
    {
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "pixyer";
                o.GenerateInstanceId = true;
            });
            q.AddJob<OutboxDeliveryJob>(j => j.WithIdentity(OutboxDeliveryJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .ForJob(OutboxDeliveryJob.Key)
                .WithIdentity("outbox-delivery", "pixyer")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(jobs.OutboxDeliveryInterval).RepeatForever()));
            q.AddJob<PurgeExpiredRecordsJob>(j => j.WithIdentity(PurgeExpiredRecordsJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .ForJob(PurgeExpiredRecordsJob.Key)
                .WithIdentity("purge-expired-records", "pixyer")
                .WithSimpleSchedule(s => s.WithInterval(jobs.PurgeInterval).RepeatForever()));
            q.AddJob<TruncateAccessLogIpsJob>(j => j.WithIdentity(TruncateAccessLogIpsJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .ForJob(TruncateAccessLogIpsJob.Key)
                .WithIdentity("truncate-access-log-ips", "pixyer")
                .WithSimpleSchedule(s => s.WithInterval(jobs.AccessLogTruncationInterval).RepeatForever()));

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
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            // A node can run the API without jobs (benchmarks, a read replica); the readiness check then says so.
            o.AutoStart = jobs.Enabled;
        });
        return services;
    }
}
