// The local servers are Debian's PostgreSQL, RabbitMQ and Redis binaries.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
