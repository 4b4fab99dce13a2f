// The AppHost starts Debian's PostgreSQL, RabbitMQ and Redis binaries and manages POSIX process groups.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
