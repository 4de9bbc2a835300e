using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Accounts;

/// <summary>Narrows registry queries to what a user may see in the back office.</summary>
public static class RegistryScopeQueries
{
    public static IQueryable<Producer> VisibleTo(this IQueryable<Producer> query, UserScope scope)
    {
        if (scope.IsNational)
        {
            return query;
        }

        if (scope.IsOfficer && scope.CommuneCode is not null)
        {
            return query.Where(p => p.CommuneCode == scope.CommuneCode);
        }

        if (scope.IsOfficer && scope.ProvinceCode is not null)
        {
            return query.Where(p => p.ProvinceCode == scope.ProvinceCode);
        }

        if (scope.IsProducer)
        {
            return query.Where(p => p.Id == scope.ProducerId);
        }

        return query.Where(p => false);
    }

    public static IQueryable<Product> VisibleTo(this IQueryable<Product> query, UserScope scope)
    {
        if (scope.IsNational)
        {
            return query;
        }

        if (scope.IsOfficer && scope.CommuneCode is not null)
        {
            return query.Where(p => p.Producer!.CommuneCode == scope.CommuneCode);
        }

        if (scope.IsOfficer && scope.ProvinceCode is not null)
        {
            return query.Where(p => p.Producer!.ProvinceCode == scope.ProvinceCode);
        }

        if (scope.IsProducer)
        {
            return query.Where(p => p.ProducerId == scope.ProducerId);
        }

        return query.Where(p => false);
    }
}
