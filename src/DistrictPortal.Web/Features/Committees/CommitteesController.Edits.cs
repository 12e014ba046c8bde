using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Committees;

/// <summary>The forms: works accepted, consultation, committee (first or current), and handover. Each checks scope and role first.</summary>
public sealed partial class CommitteesController
{
    [HttpGet("{estateId:long}/works")]
    public async Task<IActionResult> Works(long estateId)
    {
        var (estate, refused) = await EstateAsync(estateId, edit: true);
        if (refused is not null)
            return refused;
        var record = await committees.GetRecordAsync(estateId);
        return View("Works", Edit(estate!, WorksForm.From(record.Consultation)));
    }

    [HttpPost("{estateId:long}/works")]
    public async Task<IActionResult> Works(long estateId, [FromForm] WorksForm form)
    {
        var (estate, refused) = await EstateAsync(estateId, edit: true);
        if (refused is not null)
            return refused;
        if (form.WorksAcceptedOn is null)
            AddError(new ValidationError(nameof(form.WorksAcceptedOn), ValidationCodes.Required));
        else
            AddErrors(CommitteeService.WorksErrors(estateId, form.WorksAcceptedOn.Value, Today));
        return await SaveAsync(estate!, form, "Works",
            () => service.SaveWorksAcceptedAsync(estateId, form.WorksAcceptedOn!.Value, form.Version, Today, me.Change()));
    }

    [HttpGet("{estateId:long}/consultation")]
    public async Task<IActionResult> Consultation(long estateId)
    {
        var (estate, refused) = await EstateAsync(estateId, edit: true);
        if (refused is not null)
            return refused;
        var record = await committees.GetRecordAsync(estateId);
        return View("Consultation", Edit(estate!, ConsultationForm.From(record.Consultation, estate!.Households)));
    }

    [HttpPost("{estateId:long}/consultation")]
    public async Task<IActionResult> Consultation(long estateId, [FromForm] ConsultationForm form)
    {
        var (estate, refused) = await EstateAsync(estateId, edit: true);
        if (refused is not null)
            return refused;
        var existing = (await committees.GetRecordAsync(estateId)).Consultation ?? new ResidentConsultation { EstateId = estateId };
        var consultation = form.ApplyTo(existing);
        // Core's rules shown beside the boxes with the binder's; Core checks them again before it writes.
        AddErrors(CommitteeValidator.Validate(consultation, Today));
        return await SaveAsync(estate!, form, "Consultation", () => service.SaveConsultationAsync(consultation, Today, me.Change()));
    }

    [HttpGet("{estateId:long}/committee")]
    public async Task<IActionResult> Committee(long estateId)
    {
        var (estate, refused) = await EstateAsync(estateId, edit: true);
        if (refused is not null)
            return refused;
        var current = (await committees.GetRecordAsync(estateId)).Current;
        return View("Committee", Edit(estate!, CommitteeForm.From(current), current));
    }

    [HttpPost("{estateId:long}/committee")]
    public async Task<IActionResult> Committee(long estateId, [FromForm] CommitteeForm form)
    {
        var (estate, refused) = await EstateAsync(estateId, edit: true);
        if (refused is not null)
            return refused;
        var current = (await committees.GetRecordAsync(estateId)).Current;
        var (committee, rowOf) = ReadCommittee(form, estateId, current?.Id ?? 0);
        return await SaveAsync(estate!, form.WithBlankRows(), "Committee",
            async () => (await service.SaveCommitteeAsync(committee, Today, me.Change())).Errors, current, rowOf);
    }

    [HttpGet("{estateId:long}/handover")]
    public async Task<IActionResult> Handover(long estateId)
    {
        var (estate, refused) = await EstateAsync(estateId, edit: true);
        if (refused is not null)
            return refused;
        var current = (await committees.GetRecordAsync(estateId)).Current;
        if (current is null)
            return Redirect($"/committees/{estateId}/committee");
        var form = new CommitteeForm { Version = current.Version, TermEndDate = null }.WithBlankRows();
        return View("Handover", Edit(estate!, form, current));
    }

    [HttpPost("{estateId:long}/handover")]
    public async Task<IActionResult> Handover(long estateId, [FromForm] CommitteeForm form)
    {
        var (estate, refused) = await EstateAsync(estateId, edit: true);
        if (refused is not null)
            return refused;
        var current = (await committees.GetRecordAsync(estateId)).Current;
        if (current is null)
            return Redirect($"/committees/{estateId}/committee");
        var (successor, rowOf) = ReadCommittee(form, estateId, 0);
        // The handover's own rules shown with the form's, as Core will check them again before writing.
        AddErrors(CommitteeService.HandoverErrors(current, form.MeetingDate, form.Confirm));
        return await SaveAsync(estate!, form.WithBlankRows(), "Handover",
            async () => (await service.HandOverAsync(estateId, form.Version, successor, form.Confirm, Today, me.Change())).Errors, current, rowOf);
    }

    /// <summary>The committee as typed, its empty dates marked; Core's rules are shown beside the boxes the binder left alone.</summary>
    private (OwnersCommittee Committee, IReadOnlyList<int> RowOf) ReadCommittee(CommitteeForm form, long estateId, long id)
    {
        var committee = form.ToCommittee(estateId, id, out var rowOf);
        if (form.MeetingDate is null)
            AddError(new ValidationError(nameof(form.MeetingDate), ValidationCodes.Required));
        if (form.TermEndDate is null)
            AddError(new ValidationError(nameof(form.TermEndDate), ValidationCodes.Required));
        var errors = CommitteeValidator.Validate(committee, Today)
            .Where(e => !(form.MeetingDate is null && e.Field == nameof(form.MeetingDate)))
            .Where(e => !((form.MeetingDate is null || form.TermEndDate is null) && e.Field == nameof(form.TermEndDate)));
        AddErrors(errors, rowOf);
        return (committee, rowOf);
    }

    private Task<IActionResult> SaveAsync<TForm>(Estate estate, TForm form, string view, Func<Task<DomainResult>> write, OwnersCommittee? current = null) =>
        SaveAsync(estate, form, view, async () => (await write()).Errors, current);

    /// <summary>
    /// Writes through Core when the form is valid. Core's refusals land beside their fields; a stale version, or a
    /// track changed since the page was read (a committee elected or handed over meanwhile), shows the form again with
    /// a notice, nothing written.
    /// </summary>
    private async Task<IActionResult> SaveAsync<TForm>(Estate estate, TForm form, string view,
        Func<Task<IReadOnlyList<ValidationError>>> write, OwnersCommittee? current = null, IReadOnlyList<int>? rowOf = null)
    {
        var model = Edit(estate, form, current);
        if (!ModelState.IsValid)
            return View(view, model);
        try
        {
            var errors = await write();
            if (errors.Any(e => e.Code is ValidationCodes.CurrentCommitteeExists or ValidationCodes.HandedOver or ValidationCodes.NoCurrentCommittee))
                throw new ConcurrencyConflictException(CommitteeAudit.CommitteeEntity, current?.Id ?? 0);
            if (errors.Count > 0)
            {
                AddErrors(errors, rowOf);
                return View(view, model);
            }
        }
        catch (ConcurrencyConflictException)
        {
            model.Conflict = true;
            return View(view, model);
        }
        TempData.Flash(l[$"Committees.Saved.{view}", estate.Name]);
        return Redirect($"/committees/{estate.Id}");
    }

    private static CommitteeEditViewModel<TForm> Edit<TForm>(Estate estate, TForm form, OwnersCommittee? current = null) =>
        new() { Estate = estate, Form = form, Current = current };

    private void AddErrors(IEnumerable<ValidationError> errors, IReadOnlyList<int>? rowOf = null)
    {
        foreach (var error in errors)
            AddError(error, rowOf);
    }

    /// <summary>Beside its field, naming it; member errors name the row as typed. A box the binder already refused keeps its message.</summary>
    private void AddError(ValidationError error, IReadOnlyList<int>? rowOf = null)
    {
        var key = error.Field;
        string label;
        if (MemberField().Match(error.Field) is { Success: true } m && rowOf is not null)
        {
            var row = rowOf[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)];
            key = $"Members[{row}].{m.Groups[2].Value}";
            label = l[$"Committees.Field.Member{m.Groups[2].Value}", row + 1];
        }
        else
        {
            label = l[$"Committees.Field.{error.Field}"];
        }
        if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            return;
        var args = new object[] { label }.Concat(error.Args).ToArray();
        ModelState.AddModelError(key, l[$"Committees.Validation.{error.Code}", args]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Members\[(\d+)\]\.(Name|Role)$")]
    private static partial System.Text.RegularExpressions.Regex MemberField();
}
