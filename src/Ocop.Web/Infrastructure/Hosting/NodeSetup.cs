using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Ocop.Web.Data;

namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// What lets any node answer any request: the data-protection keys (sign-in cookies, form tokens, two-factor and link
/// state) are kept in the database every node reads, under one application name, so a cookie made by one node or
/// before a restart is read by all.
/// </summary>
public static class NodeSetup
{
    public static WebApplicationBuilder AddOcopNodes(this WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("ocop");
        if (BuildTime.IsGeneratingOpenApi)
        {
            return builder; // the build's OpenAPI step has no database
        }

        protection.PersistKeysToDbContext<OcopDbContext>();
        var certificate = builder.Configuration["Ocop:DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificate))
        {
            protection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificate, builder.Configuration["Ocop:DataProtection:CertificatePassword"]));
        }
        else
        {
            // Without a certificate the keys are stored as they are, in the same database as the accounts and data they
            // protect (whoever reads that database reads everything already); docs/operations.md says how to encrypt
            // them. Said here explicitly, so that data protection does not warn of a missing encryptor at every new key.
            protection.AddKeyManagementOptions(options => options.XmlEncryptor = new NullXmlEncryptor());
        }

        return builder;
    }
}
