namespace Ocop.Web.Features.Attachments;

public static class AttachmentSetup
{
    public static IServiceCollection AddOcopAttachments(this IServiceCollection services) => services.AddScoped<AttachmentService>();
}
