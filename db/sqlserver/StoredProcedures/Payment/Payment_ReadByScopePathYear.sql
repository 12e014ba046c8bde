-- Payments made in the year on projects whose lead estate lies under @ScopePath. An empty scope matches nothing;
-- the path is never a wildcard.
CREATE PROCEDURE [dbo].[Payment_ReadByScopePathYear]
    @ScopePath NVARCHAR (200),
    @Year INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Y.[Id],
        Y.[ProjectId],
        Y.[Payer],
        Y.[Amount],
        Y.[PaidDate],
        Y.[Reference]
    FROM
        [dbo].[Payment] Y
        INNER JOIN [dbo].[RetrofitProject] P ON P.[Id] = Y.[ProjectId]
        INNER JOIN [dbo].[Node] E ON E.[Id] = P.[EstateId]
    WHERE
        @ScopePath <> N''
        AND E.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND Y.[PaidDate] >= DATEFROMPARTS(@Year, 1, 1)
        AND Y.[PaidDate] < DATEFROMPARTS(@Year + 1, 1, 1)
    ORDER BY
        Y.[ProjectId] ASC,
        Y.[PaidDate] ASC,
        Y.[Id] ASC;
END
