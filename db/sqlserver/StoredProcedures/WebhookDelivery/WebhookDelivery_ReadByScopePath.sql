-- The newest deliveries to robots of nodes under @ScopePath (the admin page). An empty scope matches nothing.
CREATE PROCEDURE [dbo].[WebhookDelivery_ReadByScopePath]
    @ScopePath NVARCHAR (200),
    @Max INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@Max)
        D.[Id],
        D.[DeliveryId],
        D.[NodeId],
        D.[Title],
        D.[Body],
        D.[Link],
        D.[CreatedUtc],
        D.[Status],
        D.[Attempts],
        D.[NextAttemptUtc],
        D.[LeaseUntilUtc],
        D.[DeliveredUtc],
        D.[LastError]
    FROM
        [dbo].[WebhookDelivery] D
        INNER JOIN [dbo].[Node] N ON N.[Id] = D.[NodeId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        D.[CreatedUtc] DESC,
        D.[Id] DESC
    OPTION (RECOMPILE);
END
