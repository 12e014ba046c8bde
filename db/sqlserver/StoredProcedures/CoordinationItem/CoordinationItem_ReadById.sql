-- One item with its sub-district's and unit's names and its row version as a BIGINT [Version], or no row.
CREATE PROCEDURE [dbo].[CoordinationItem_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        I.[Id],
        I.[SubDistrictId],
        S.[Name] AS [SubDistrictName],
        I.[EstateId],
        I.[EstateName],
        I.[WeeklyReturnId],
        I.[WeekEnding],
        I.[Ask],
        I.[Status],
        I.[MemberUnitId],
        U.[Name] AS [MemberUnitName],
        I.[CreatedUtc],
        I.[CreatedByName],
        I.[AssignedUtc],
        I.[ClosedUtc],
        CONVERT(BIGINT, I.[RowVersion]) AS [Version]
    FROM
        [dbo].[CoordinationItem] I
        INNER JOIN [dbo].[Node] S ON S.[Id] = I.[SubDistrictId]
        LEFT JOIN [dbo].[MemberUnit] U ON U.[Id] = I.[MemberUnitId]
    WHERE
        I.[Id] = @Id;
END
