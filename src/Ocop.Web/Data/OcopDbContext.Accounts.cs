using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Accounts.ApiTokens;
using Ocop.Web.Features.Accounts.Links;
using Ocop.Web.Features.Accounts.Sessions;
using Ocop.Web.Features.Accounts.SignIn;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<Features.Onboarding.JoinRequest> JoinRequests => Set<Features.Onboarding.JoinRequest>();
}
