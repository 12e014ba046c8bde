-- 2026-12-06_40_Enterprises: the register of property service enterprises (物业服务企业, issue 20 item 1) and its
-- procedures. Re-runnable: the table only when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[Enterprise]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[Enterprise] (
        [Id]           BIGINT         IDENTITY (1, 1) NOT NULL,
        [Name]         NVARCHAR (100) NOT NULL,
        [CreditCode]   NVARCHAR (18)  COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NOT NULL,
        [IsStateOwned] BIT            CONSTRAINT [DF_Enterprise_IsStateOwned] DEFAULT (0) NOT NULL,
        [ContactName]  NVARCHAR (50)  NULL,
        [ContactPhone] NVARCHAR (30)  NULL,
        [RowVersion]   ROWVERSION     NOT NULL,
        CONSTRAINT [PK_Enterprise] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [UQ_Enterprise_CreditCode] UNIQUE NONCLUSTERED ([CreditCode] ASC)
    );
END
GO

-- Adds an enterprise to the register; returns its id. A code on the register already is the unique key's to refuse (2627).
CREATE OR ALTER PROCEDURE [dbo].[Enterprise_Create]
    @Name NVARCHAR (100),
    @CreditCode NVARCHAR (18),
    @IsStateOwned BIT,
    @ContactName NVARCHAR (50),
    @ContactPhone NVARCHAR (30)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Enterprise] ([Name], [CreditCode], [IsStateOwned], [ContactName], [ContactPhone])
    VALUES (@Name, @CreditCode, @IsStateOwned, @ContactName, @ContactPhone);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- The whole register by name, each row's version as a BIGINT [Version] (searched and paged in Core: some hundreds of rows).
CREATE OR ALTER PROCEDURE [dbo].[Enterprise_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [Name],
        [CreditCode],
        [IsStateOwned],
        [ContactName],
        [ContactPhone],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[Enterprise]
    ORDER BY
        [Name] ASC,
        [Id] ASC;
END
GO

-- One enterprise with its version as a BIGINT [Version], or no row.
CREATE OR ALTER PROCEDURE [dbo].[Enterprise_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [Name],
        [CreditCode],
        [IsStateOwned],
        [ContactName],
        [ContactPhone],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[Enterprise]
    WHERE
        [Id] = @Id;
END
GO

-- The enterprise holding a credit code (compared by the column's collation, as the unique key does), or no row.
CREATE OR ALTER PROCEDURE [dbo].[Enterprise_ReadByCreditCode]
    @CreditCode NVARCHAR (18)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [Name],
        [CreditCode],
        [IsStateOwned],
        [ContactName],
        [ContactPhone],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[Enterprise]
    WHERE
        [CreditCode] = @CreditCode;
END
GO

-- Writes an enterprise's name, code, ownership and contact if @Version is still current; a stale version or no such row
-- raises 50409 and nothing is changed (what may change is EnterpriseService's rule, Core).
CREATE OR ALTER PROCEDURE [dbo].[Enterprise_Update]
    @Id BIGINT,
    @Name NVARCHAR (100),
    @CreditCode NVARCHAR (18),
    @IsStateOwned BIT,
    @ContactName NVARCHAR (50),
    @ContactPhone NVARCHAR (30),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Enterprise]
    SET
        [Name] = @Name,
        [CreditCode] = @CreditCode,
        [IsStateOwned] = @IsStateOwned,
        [ContactName] = @ContactName,
        [ContactPhone] = @ContactPhone
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The enterprise was changed by someone else since it was read.', 1;
    END
END
GO
