-- The rows of a weekly return, sent whole to [dbo].[WeeklyReturn_Create] and [dbo].[WeeklyReturn_Update]. A table
-- type is matched by column position, not name: DistrictPortal.Db.Tests checks these columns, in order, against
-- the C# record that fills it (ReturnRowListItem). A table type cannot be altered: changing it means dropping the
-- procedures that use it, dropping and recreating the type, then recreating them.
CREATE TYPE [dbo].[ReturnRowList] AS TABLE (
    [EstateId]             BIGINT         NOT NULL,
    [EstateName]           NVARCHAR (100) NOT NULL,
    [Households]           INT            NOT NULL,
    [Mode]                 INT            NOT NULL,
    [SixHaves]             INT            NOT NULL,
    [ConsultationDate]     DATE           NULL,
    [OwnersMeetingDate]    DATE           NULL,
    [CommitteeElectedDate] DATE           NULL,
    [ContractSignedDate]   DATE           NULL,
    [IsStruckOff]          BIT            NOT NULL,
    [StruckOffDate]        DATE           NULL,
    [Blockers]             NVARCHAR (MAX) NULL,
    [HelpAsked]            NVARCHAR (MAX) NULL,
    [ReviewReason]         NVARCHAR (MAX) NULL
);
