namespace Pixyer.Application.Common.Requests;

/// <summary>
/// A command that honours the <c>Idempotency-Key</c> header: a retry with the same key and body replays the first
/// response; the same key with another body is refused (422).
/// </summary>
public interface IIdempotentCommand;
