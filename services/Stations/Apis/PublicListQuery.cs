using Microsoft.AspNetCore.Http.HttpResults;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Stations.Apis;

/// <summary>
/// What a public list (no sign-in) is asked for: the page, and the prefix of the division subtree it covers.
/// The division is required there, since no caller's own division can stand in for it.
/// </summary>
internal readonly record struct PublicListQuery(PageRequest Page, string DivisionPrefix)
{
    public static (PublicListQuery Query, ProblemHttpResult? Refusal) Read(string? divisionCode, int? page, int? pageSize)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        DivisionCodes.Require(divisionCode, errors);
        return errors.Any
            ? (default, Problems.Invalid(errors))
            : (new PublicListQuery(pageRequest, DivisionCodes.ScopePrefix(divisionCode!)), null);
    }
}
