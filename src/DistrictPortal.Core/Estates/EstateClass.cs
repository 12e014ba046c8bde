namespace DistrictPortal.Core.Estates;

/// <summary>
/// Estate class (P5): 一类 good basic conditions; 二类 work-unit (单位型) compounds; 三类 not yet meeting the
/// conditions. 未分类 is ours: the source leaves some estates unexplained (大河沟社区) and we must not guess.
/// </summary>
public enum EstateClass
{
    Unclassified = 0,
    One = 1,
    Two = 2,
    Three = 3,
}
