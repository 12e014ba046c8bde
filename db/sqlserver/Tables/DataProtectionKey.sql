-- ASP.NET Core data protection keys (the shape its XML repository needs). Stored here, used by the web host.
CREATE TABLE [dbo].[DataProtectionKey] (
    [Id]           INT            IDENTITY (1, 1) NOT NULL,
    [FriendlyName] NVARCHAR (MAX) NULL,
    [Xml]          NVARCHAR (MAX) NULL,
    CONSTRAINT [PK_DataProtectionKey] PRIMARY KEY CLUSTERED ([Id] ASC)
);
