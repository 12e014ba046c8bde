namespace DistrictPortal.Core.Common;

/// <summary>
/// The codes of <see cref="ValidationError"/> that Core's workflows answer with, one constant each so the rule that
/// raises a code, the tests that expect it and the web layer's resources ("Validation.{code}", or a feature's own
/// "{Feature}.Validation.{code}") never drift apart by a spelling.
/// </summary>
public static class ValidationCodes
{
    // Shared by every form ("Validation.{code}" in the resources).
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string Invalid = "Invalid";
    public const string NotNegative = "NotNegative";
    public const string MustBePositive = "MustBePositive";
    public const string TwoDecimals = "TwoDecimals";
    /// <summary>Past the field's plausible maximum (<see cref="FieldLimits"/>; args: the maximum).</summary>
    public const string TooLarge = "TooLarge";
    public const string WholeNumber = "WholeNumber";
    public const string NotInFuture = "NotInFuture";
    public const string NotBefore = "NotBefore";
    public const string NotForStatus = "NotForStatus";
    public const string YearOutOfRange = "YearOutOfRange";

    // The hierarchy ("Hierarchy.Validation.{code}").
    /// <summary>The chosen parent is not exactly one level above (args: the level the parent must have).</summary>
    public const string WrongParentLevel = "WrongParentLevel";
    /// <summary>A retired node takes no new children.</summary>
    public const string ParentRetired = "ParentRetired";
    /// <summary>A node cannot move under itself or one of its own descendants.</summary>
    public const string UnderItself = "UnderItself";
    /// <summary>The node or parent named does not exist.</summary>
    public const string NotFound = "NotFound";
    /// <summary>An estate is registered under a community (<see cref="Estates.EstateService"/>).</summary>
    public const string NotACommunity = "NotACommunity";
    /// <summary>Weekly returns are filed by sub-districts (<see cref="Returns.ReturnWorkflowService"/>, the overdue mark).</summary>
    public const string NotASubDistrict = "NotASubDistrict";

    // Retrofit and funding ("Retrofit.Validation.{code}", "Funding.Validation.{code}").
    public const string AlreadyAccepted = "AlreadyAccepted";
    /// <summary>Accepting a project is its own confirmed step, never a status chosen in the edit form.</summary>
    public const string AcceptThroughConfirmation = "AcceptThroughConfirmation";
    /// <summary>The lead of a works project is an estate.</summary>
    public const string NotAnEstate = "NotAnEstate";
    /// <summary>Merged estates are other estates of the lead estate's community (one management area).</summary>
    public const string MergedElsewhere = "MergedElsewhere";
    /// <summary>A programme ends no earlier than it starts.</summary>
    public const string EndsBeforeStart = "EndsBeforeStart";
    /// <summary>A target is for a node or for a label (a district outside the portal), not both and not neither.</summary>
    public const string NodeOrLabel = "NodeOrLabel";
    public const string HardshipHousingOnly = "HardshipHousingOnly";

    // Committees ("Committees.Validation.{code}").
    /// <summary>The estate already has a current committee: a new one is elected by handing over (换届).</summary>
    public const string CurrentCommitteeExists = "CurrentCommitteeExists";
    /// <summary>The term was handed over and is history: it is read, never edited.</summary>
    public const string HandedOver = "HandedOver";
    /// <summary>A handover needs a current term to hand over from.</summary>
    public const string NoCurrentCommittee = "NoCurrentCommittee";
    /// <summary>The new term's meeting comes after the current term's (args: the current meeting date, yyyy-MM-dd).</summary>
    public const string NotAfterCurrent = "NotAfterCurrent";
    /// <summary>A handover is confirmed on the form: it closes the current term for good.</summary>
    public const string ConfirmHandover = "ConfirmHandover";

    // Supervision orders ("Supervision.Validation.{code}").
    public const string AlreadyClosed = "AlreadyClosed";
    public const string AlreadyAnswered = "AlreadyAnswered";
    public const string NotAnswered = "NotAnswered";

    // The rules' own codes, one constant each (committees, the registry, funding, retrofit).
    public const string VotesMoreThanBallots = "VotesMoreThanBallots";
    public const string BeforeStart = "BeforeStart";
    public const string BeforeMeeting = "BeforeMeeting";
    public const string NotAfterMeeting = "NotAfterMeeting";
    public const string NoMembers = "NoMembers";
    public const string TooManyMembers = "TooManyMembers";
    public const string OneChair = "OneChair";
    public const string InFuture = "InFuture";
    public const string MoreThanHouseholds = "MoreThanHouseholds";
    public const string MoreThanBallots = "MoreThanBallots";
    public const string RoomLargerThanEstate = "RoomLargerThanEstate";
    public const string UnmanagedHasNoMode = "UnmanagedHasNoMode";

    // Campaigns ("Campaigns.Validation.{code}").
    /// <summary>A campaign is run by a live district.</summary>
    public const string NotADistrict = "NotADistrict";
    /// <summary>Only an estate under the campaign's district joins its list.</summary>
    public const string NotUnderDistrict = "NotUnderDistrict";
    /// <summary>Only an estate on the campaign's list leaves it.</summary>
    public const string NotOnList = "NotOnList";
    /// <summary>The target date comes after the start.</summary>
    public const string TargetAfterStart = "TargetAfterStart";

    // Enterprises and contracts ("Enterprises.Validation.{code}", "Contracts.Validation.{code}").
    /// <summary>A credit code is 18 characters (GB 32100-2015).</summary>
    public const string CreditCodeLength = "CreditCodeLength";
    /// <summary>A credit code's characters are digits and the capitals other than I, O, S, V, Z.</summary>
    public const string CreditCodeCharacters = "CreditCodeCharacters";
    /// <summary>A credit code's characters 3–8 are an administrative-division code (six digits).</summary>
    public const string CreditCodeDivision = "CreditCodeDivision";
    /// <summary>The 18th character is not the code's check character: a character is mistyped.</summary>
    public const string CreditCodeCheckDigit = "CreditCodeCheckDigit";
    /// <summary>Another enterprise on the register has this code (args: its name).</summary>
    public const string CreditCodeInUse = "CreditCodeInUse";
    /// <summary>The estate has a contract covering some of the same days (args: its enterprise, first day, last day).</summary>
    public const string ContractOverlaps = "ContractOverlaps";
    /// <summary>A contract ends early on a day within its term, not after it.</summary>
    public const string AfterTermEnd = "AfterTermEnd";
    /// <summary>The trustee is a community of the estate's own sub-district.</summary>
    public const string NotInSubDistrict = "NotInSubDistrict";

    // Evidence attachments ("Attachments.Validation.{code}").
    public const string FileTooLarge = "FileTooLarge";
    public const string FileType = "FileType";
}
