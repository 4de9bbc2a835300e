using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierDocument> DossierDocuments => Set<DossierDocument>();
    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();
    public DbSet<EvaluationBatch> EvaluationBatches => Set<EvaluationBatch>();
    public DbSet<CouncilSeat> CouncilSeats => Set<CouncilSeat>();
    public DbSet<BatchEntry> BatchEntries => Set<BatchEntry>();
    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();
    public DbSet<RecognitionDecision> RecognitionDecisions => Set<RecognitionDecision>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();
}
