using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// Rebuilding the projections: empty every event-fed table and the inbox, then replay the event history (every
/// effect commutes and the inbox drops duplicates, so the figures come back identical). Satisfaction answers, the
/// audit and idempotency keys are written through the API, not projected from events, and stay; the kept figures
/// (indicator_cells) and their change counts are emptied with the projections.
/// </summary>
public static class ProjectionRebuild
{
    public static Task ResetAsync(this IndicatorsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("""
            TRUNCATE active_contracts, contract_closures, intensive_episodes, interview_outcomes, referent_changes, closed_weeks, diagnostic_versions,
            partner_sessions, partner_referrals, partner_conventions, activity_assignments, breach_files, activity_costs, orientations, employment_outcomes, inbox_messages,
            closed_week_months, held_interview_months, indicator_cells, indicator_scope_months
            """, cancellationToken);
}
