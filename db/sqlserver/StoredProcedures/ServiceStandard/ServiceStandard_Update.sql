-- The office's edit of a standard (Core's StandardsService decides and audits), only over the version read: the count
-- updated (0: changed meanwhile, or no such standard) lets the caller roll back as a conflict.
CREATE PROCEDURE [dbo].[ServiceStandard_Update]
    @Id BIGINT,
    @Comparison INT,
    @Threshold DECIMAL (18, 2),
    @Modes INT,
    @IsActive BIT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[ServiceStandard]
    SET
        [Comparison] = @Comparison,
        [Threshold] = @Threshold,
        [Modes] = @Modes,
        [IsActive] = @IsActive,
        [Version] = [Version] + 1
    WHERE
        [Id] = @Id
        AND [Version] = @Version;

    SELECT
        @@ROWCOUNT AS [Updated];
END
