namespace RenminDaibiao.Deputies.Domain;

/// <summary>An operation that the current state of a record does not allow (HTTP 409).</summary>
public sealed class DomainConflictException : Exception
{
    public DomainConflictException()
    {
    }

    public DomainConflictException(string message)
        : base(message)
    {
    }

    public DomainConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
