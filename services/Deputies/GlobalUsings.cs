global using RenminDaibiao.Primitives;
