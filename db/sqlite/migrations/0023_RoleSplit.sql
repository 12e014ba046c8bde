-- 0023_RoleSplit: 领导小组成员 and 业委会成员 are different people (issue 17), so role 5 ("committee member", which stood
-- for both) is split. 5 keeps the accounts it held, which were the leading group's; 6 is the owners' committee member.
-- An account of role 5 scoped to a community (Node.Level 4) can only be an owners' committee member: a leading-group
-- member reads a district or a sub-district. Such accounts move to 6; nothing else changes.
UPDATE [User]
SET Role = 6, Version = Version + 1
WHERE Role = 5
  AND ScopeNodeId IN (SELECT Id FROM Node WHERE Level = 4);
