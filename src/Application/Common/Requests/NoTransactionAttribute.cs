namespace Pixyer.Application.Common.Requests;

/// <summary>
/// A command the unit of work runs without a transaction, and so without an audit entry of its own: a worker's step
/// that spends long on work outside the database (writing an export's archive, waiting on an image provider), during
/// which an open transaction would hold a connection and its locks. What it changes in the database is committed and
/// audited by commands of its own (an export's progress) or by the worker's next step (storing the rendered asset).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NoTransactionAttribute : Attribute;
