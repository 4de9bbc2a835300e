namespace Ocop.Web.Features.MarketAccess;

/// <summary>The settlement arithmetic, apart from the database so it can be checked by hand.</summary>
public static class Settlement
{
    public static SettlementStatement Compute(AgreementItem agreement, int year, int month, IReadOnlyList<ConsignmentMovement> movements)
    {
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        static int Signed(ConsignmentMovement m) => m.Kind == MovementKind.Delivery ? m.Quantity : -m.Quantity;

        var lines = agreement.Products.Select(product =>
        {
            var mine = movements.Where(m => m.ProductId == product.ProductId).ToList();
            var inMonth = mine.Where(m => m.On >= from && m.On <= to).ToList();
            var sales = inMonth.Where(m => m.Kind == MovementKind.Sale).ToList();
            var opening = mine.Where(m => m.On < from).Sum(Signed);
            var delivered = inMonth.Where(m => m.Kind == MovementKind.Delivery).Sum(m => m.Quantity);
            var sold = sales.Sum(m => m.Quantity);
            var returned = inMonth.Where(m => m.Kind == MovementKind.Return).Sum(m => m.Quantity);
            // Whole đồng throughout (SQLite hands decimals back as text, sometimes with a ".0"; rounding also normalises that).
            var gross = decimal.Round(sales.Sum(m => m.Quantity * m.UnitPrice!.Value), 0);
            var commission = decimal.Round(gross * agreement.CommissionPercent / 100m, 0, MidpointRounding.AwayFromZero);
            var prices = sales.Select(m => decimal.Round(m.UnitPrice!.Value, 0)).Distinct().ToList();
            return new SettlementLine(
                product.ProductId, product.ProductName, prices.Count == 1 ? prices[0] : prices.Count == 0 ? decimal.Round(product.UnitPrice, 0) : null,
                opening, delivered, sold, returned, opening + delivered - sold - returned, gross, commission, gross - commission);
        }).ToList();
        return new SettlementStatement(agreement.Id, agreement.ProducerName, agreement.OutletName, agreement.Reference, year, month, from, to, agreement.CommissionPercent, lines);
    }
}
