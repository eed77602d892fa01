using Pixyer.Application.Common.Email;

namespace Pixyer.Application.Common.Outbox;

/// <summary>Queues outbound messages in the current command's transaction.</summary>
public interface IOutbox
{
    void EnqueueEmail(EmailMessage message, Guid? subjectId);
}
