-- The schema the hand-written migrations (removed in December 2026) created on Sqlite, as EF Core's
-- IMigrator.GenerateScript() printed it on commit 227850d. MigrationTests builds a database from it
-- to prove that such a database moves to the generated migrations without losing a row.
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "Provinces" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Provinces" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "SearchName" TEXT NOT NULL
);

CREATE TABLE "Communes" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Communes" PRIMARY KEY,
    "ProvinceCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "SearchName" TEXT NOT NULL,
    CONSTRAINT "FK_Communes_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_Communes_ProvinceCode" ON "Communes" ("ProvinceCode");

CREATE TABLE "OldProvinces" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_OldProvinces" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "SearchName" TEXT NOT NULL,
    "NewProvinceCode" TEXT NOT NULL,
    CONSTRAINT "FK_OldProvinces_Provinces_NewProvinceCode" FOREIGN KEY ("NewProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_OldProvinces_NewProvinceCode" ON "OldProvinces" ("NewProvinceCode");

CREATE INDEX "IX_OldProvinces_SearchName" ON "OldProvinces" ("SearchName");

CREATE TABLE "OldCommunes" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_OldCommunes" PRIMARY KEY,
    "OldProvinceCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "SearchName" TEXT NOT NULL,
    CONSTRAINT "FK_OldCommunes_OldProvinces_OldProvinceCode" FOREIGN KEY ("OldProvinceCode") REFERENCES "OldProvinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_OldCommunes_OldProvinceCode" ON "OldCommunes" ("OldProvinceCode");

CREATE TABLE "OldCommuneSuccessors" (
    "OldCommuneCode" TEXT NOT NULL,
    "NewCommuneCode" TEXT NOT NULL,
    "Partial" INTEGER NOT NULL,
    CONSTRAINT "PK_OldCommuneSuccessors" PRIMARY KEY ("OldCommuneCode", "NewCommuneCode"),
    CONSTRAINT "FK_OldCommuneSuccessors_Communes_NewCommuneCode" FOREIGN KEY ("NewCommuneCode") REFERENCES "Communes" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_OldCommuneSuccessors_OldCommunes_OldCommuneCode" FOREIGN KEY ("OldCommuneCode") REFERENCES "OldCommunes" ("Code") ON DELETE CASCADE
);

CREATE INDEX "IX_OldCommuneSuccessors_NewCommuneCode" ON "OldCommuneSuccessors" ("NewCommuneCode");

CREATE TABLE "CriteriaVersions" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_CriteriaVersions" PRIMARY KEY,
    "Decision" TEXT NOT NULL,
    "AcceptsNewProducts" INTEGER NOT NULL,
    "SortOrder" INTEGER NOT NULL
);

CREATE TABLE "ProductGroups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProductGroups" PRIMARY KEY AUTOINCREMENT,
    "CriteriaVersionCode" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_ProductGroups_CriteriaVersions_CriteriaVersionCode" FOREIGN KEY ("CriteriaVersionCode") REFERENCES "CriteriaVersions" ("Code") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_ProductGroups_CriteriaVersionCode_Code" ON "ProductGroups" ("CriteriaVersionCode", "Code");

CREATE TABLE "ProductSets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProductSets" PRIMARY KEY AUTOINCREMENT,
    "CriteriaVersionCode" TEXT NOT NULL,
    "GroupId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "SubGroupName" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_ProductSets_CriteriaVersions_CriteriaVersionCode" FOREIGN KEY ("CriteriaVersionCode") REFERENCES "CriteriaVersions" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProductSets_ProductGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "ProductGroups" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_ProductSets_Code" ON "ProductSets" ("Code");

CREATE INDEX "IX_ProductSets_CriteriaVersionCode" ON "ProductSets" ("CriteriaVersionCode");

CREATE INDEX "IX_ProductSets_GroupId" ON "ProductSets" ("GroupId");

CREATE TABLE "Producers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Producers" PRIMARY KEY AUTOINCREMENT,
    "Type" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "SearchName" TEXT NOT NULL,
    "TaxCode" TEXT NULL,
    "LegalRepresentative" TEXT NULL,
    "AddressLine" TEXT NULL,
    "CommuneCode" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "Website" TEXT NULL,
    "WomanOwned" INTEGER NOT NULL,
    "EthnicMinorityOwned" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "IsDeleted" INTEGER NOT NULL,
    "DeletedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Producers_Communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "Communes" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Producers_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_Producers_CommuneCode" ON "Producers" ("CommuneCode");

CREATE INDEX "IX_Producers_ProvinceCode" ON "Producers" ("ProvinceCode");

CREATE UNIQUE INDEX "IX_Producers_Type_TaxCode" ON "Producers" ("Type", "TaxCode") WHERE "TaxCode" IS NOT NULL AND NOT "IsDeleted";

CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NULL,
    "ProvinceCode" TEXT NULL,
    "CommuneCode" TEXT NULL,
    "ProducerId" INTEGER NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "Communes" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_AspNetUsers_Producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "Producers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AspNetUsers_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AspNetUsers_CommuneCode" ON "AspNetUsers" ("CommuneCode");

CREATE INDEX "IX_AspNetUsers_ProducerId" ON "AspNetUsers" ("ProducerId");

CREATE INDEX "IX_AspNetUsers_ProvinceCode" ON "AspNetUsers" ("ProvinceCode");

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NULL,
    "Changes" TEXT NOT NULL
);

CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122080000_InitialRegistry', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Producers" ADD "Latitude" REAL NULL;

ALTER TABLE "Producers" ADD "Longitude" REAL NULL;

ALTER TABLE "Producers" ADD "OldUnitName" TEXT NULL;

ALTER TABLE "Producers" ADD "OldUnitCode" TEXT NULL;

CREATE INDEX "IX_Producers_SearchName" ON "Producers" ("SearchName");

CREATE TABLE "Products" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Products" PRIMARY KEY AUTOINCREMENT,
    "ProducerId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "SearchName" TEXT NOT NULL,
    "NameEn" TEXT NULL,
    "ProductSetId" INTEGER NOT NULL,
    "Description" TEXT NULL,
    "Story" TEXT NULL,
    "Ingredients" TEXT NULL,
    "Packaging" TEXT NULL,
    "ShelfLife" TEXT NULL,
    "Gtin" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Stars" INTEGER NULL,
    "CertificateReference" TEXT NULL,
    "IsDeleted" INTEGER NOT NULL,
    "DeletedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Products_Stars" CHECK ("Stars" IS NULL OR ("Stars" >= 1 AND "Stars" <= 5)),
    CONSTRAINT "FK_Products_Producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "Producers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Products_ProductSets_ProductSetId" FOREIGN KEY ("ProductSetId") REFERENCES "ProductSets" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Products_Gtin" ON "Products" ("Gtin") WHERE "Gtin" IS NOT NULL;

CREATE INDEX "IX_Products_ProducerId" ON "Products" ("ProducerId");

CREATE INDEX "IX_Products_ProductSetId" ON "Products" ("ProductSetId");

CREATE INDEX "IX_Products_SearchName" ON "Products" ("SearchName");

CREATE TABLE "ProductImages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProductImages" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ProductImages_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ProductImages_ProductId" ON "ProductImages" ("ProductId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122090000_ProductsAndLocations', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ApiTokens" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiTokens" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "LastUsedAt" TEXT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_ApiTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ApiTokens_Hash" ON "ApiTokens" ("Hash");

CREATE INDEX "IX_ApiTokens_UserId" ON "ApiTokens" ("UserId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122100000_ApiTokens', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "CriteriaVersions" ADD "RulesJson" TEXT NULL;

CREATE TABLE "Scorecards" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Scorecards" PRIMARY KEY AUTOINCREMENT,
    "ProductSetId" INTEGER NOT NULL,
    "DefinitionJson" TEXT NOT NULL,
    "IsComplete" INTEGER NOT NULL,
    "Problems" TEXT NULL,
    "SourceNotes" TEXT NULL,
    "SourceUrl" TEXT NULL,
    "VerifiedAt" TEXT NULL,
    "VerifiedBy" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Scorecards_ProductSets_ProductSetId" FOREIGN KEY ("ProductSetId") REFERENCES "ProductSets" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Scorecards_ProductSetId" ON "Scorecards" ("ProductSetId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122110000_CriteriaRulesAndScorecards', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Dossiers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Dossiers" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CriteriaVersionCode" TEXT NOT NULL,
    "RegimeCode" TEXT NOT NULL,
    "Note" TEXT NULL,
    "SelfAssessmentJson" TEXT NULL,
    "SelfAssessmentTotal" INTEGER NULL,
    "SubmittedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Dossiers_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Dossiers_ProductId" ON "Dossiers" ("ProductId");

CREATE INDEX "IX_Dossiers_Status" ON "Dossiers" ("Status");

CREATE TABLE "DossierDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DossierDocuments" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NULL,
    CONSTRAINT "FK_DossierDocuments_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DossierDocuments_DossierId" ON "DossierDocuments" ("DossierId");

CREATE TABLE "DossierEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DossierEvents" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "FromStatus" TEXT NULL,
    "ToStatus" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "FK_DossierEvents_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DossierEvents_DossierId" ON "DossierEvents" ("DossierId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122120000_Dossiers', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "EvaluationBatches" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EvaluationBatches" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "ProvinceCode" TEXT NULL,
    "Level" TEXT NOT NULL,
    "RegimeCode" TEXT NOT NULL,
    "StepCode" TEXT NOT NULL,
    "CriteriaVersionCode" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AdvisoryTeam" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "ClosedBy" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE INDEX "IX_EvaluationBatches_ProvinceCode" ON "EvaluationBatches" ("ProvinceCode");

CREATE TABLE "CouncilSeats" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CouncilSeats" PRIMARY KEY AUTOINCREMENT,
    "BatchId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    CONSTRAINT "FK_CouncilSeats_EvaluationBatches_BatchId" FOREIGN KEY ("BatchId") REFERENCES "EvaluationBatches" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CouncilSeats_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_CouncilSeats_BatchId_UserId" ON "CouncilSeats" ("BatchId", "UserId");

CREATE INDEX "IX_CouncilSeats_UserId" ON "CouncilSeats" ("UserId");

CREATE TABLE "BatchEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BatchEntries" PRIMARY KEY AUTOINCREMENT,
    "BatchId" INTEGER NOT NULL,
    "DossierId" INTEGER NOT NULL,
    "Average" TEXT NULL,
    "Spread" INTEGER NULL,
    "NeedsDiscussion" INTEGER NOT NULL,
    "StarsByPoints" INTEGER NULL,
    "Stars" INTEGER NULL,
    "HeldBackBy" TEXT NULL,
    "IsCertifiable" INTEGER NOT NULL,
    "IsNationalCandidate" INTEGER NOT NULL,
    CONSTRAINT "FK_BatchEntries_EvaluationBatches_BatchId" FOREIGN KEY ("BatchId") REFERENCES "EvaluationBatches" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BatchEntries_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_BatchEntries_BatchId_DossierId" ON "BatchEntries" ("BatchId", "DossierId");

CREATE INDEX "IX_BatchEntries_DossierId" ON "BatchEntries" ("DossierId");

CREATE TABLE "ScoreSheets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScoreSheets" PRIMARY KEY AUTOINCREMENT,
    "EntryId" INTEGER NOT NULL,
    "MemberUserId" TEXT NOT NULL,
    "AnswersJson" TEXT NOT NULL,
    "Total" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "ReopenReason" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ScoreSheets_BatchEntries_EntryId" FOREIGN KEY ("EntryId") REFERENCES "BatchEntries" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ScoreSheets_AspNetUsers_MemberUserId" FOREIGN KEY ("MemberUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_ScoreSheets_EntryId_MemberUserId" ON "ScoreSheets" ("EntryId", "MemberUserId");

CREATE INDEX "IX_ScoreSheets_MemberUserId" ON "ScoreSheets" ("MemberUserId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122130000_BatchesAndCouncils', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "RecognitionDecisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecognitionDecisions" PRIMARY KEY AUTOINCREMENT,
    "BatchId" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "SignedOn" TEXT NOT NULL,
    "Signer" TEXT NOT NULL,
    "IssuingAuthority" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_RecognitionDecisions_EvaluationBatches_BatchId" FOREIGN KEY ("BatchId") REFERENCES "EvaluationBatches" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_RecognitionDecisions_BatchId" ON "RecognitionDecisions" ("BatchId");

CREATE TABLE "Certificates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Certificates" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "DecisionId" INTEGER NOT NULL,
    "EntryId" INTEGER NOT NULL,
    "Stars" INTEGER NOT NULL,
    "Points" TEXT NOT NULL,
    "IssuingAuthority" TEXT NOT NULL,
    "CriteriaVersionCode" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "ExpiresOn" TEXT NOT NULL,
    "RevokedOn" TEXT NULL,
    "RevocationReason" TEXT NULL,
    "ReplacesId" INTEGER NULL,
    "ExpiryNoticeSentAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Certificates_Stars" CHECK ("Stars" >= 1 AND "Stars" <= 5),
    CONSTRAINT "FK_Certificates_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Certificates_RecognitionDecisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES "RecognitionDecisions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Certificates_BatchEntries_EntryId" FOREIGN KEY ("EntryId") REFERENCES "BatchEntries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Certificates_Certificates_ReplacesId" FOREIGN KEY ("ReplacesId") REFERENCES "Certificates" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Certificates_Number" ON "Certificates" ("Number");

CREATE INDEX "IX_Certificates_ProductId" ON "Certificates" ("ProductId");

CREATE INDEX "IX_Certificates_DecisionId" ON "Certificates" ("DecisionId");

CREATE UNIQUE INDEX "IX_Certificates_EntryId" ON "Certificates" ("EntryId");

CREATE INDEX "IX_Certificates_ReplacesId" ON "Certificates" ("ReplacesId");

CREATE INDEX "IX_Certificates_ExpiresOn" ON "Certificates" ("ExpiresOn");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122140000_Certificates', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Dossiers" ADD "IntakeChecksJson" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122150000_IntakeChecks', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "ScoreSheets" ADD "KnockOutsJson" TEXT NULL;

ALTER TABLE "BatchEntries" ADD "KnockedOutBy" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122160000_KnockOuts', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ScanCounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScanCounts" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "LotId" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    "LinkType" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Count" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_ScanCounts_ProductId_LotId_Day_LinkType_Language" ON "ScanCounts" ("ProductId", "LotId", "Day", "LinkType", "Language");

CREATE INDEX "IX_ScanCounts_Day" ON "ScanCounts" ("Day");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122170000_ScanCounts', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ProductLots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProductLots" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "ProducedOn" TEXT NOT NULL,
    "ExpiresOn" TEXT NULL,
    "Quantity" TEXT NULL,
    "Unit" TEXT NULL,
    "RawMaterialArea" TEXT NULL,
    "StepsJson" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ProductLots_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_ProductLots_ProductId_Code" ON "ProductLots" ("ProductId", "Code");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122180000_ProductLots', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Products" ADD "DescriptionEn" TEXT NULL;

ALTER TABLE "Products" ADD "StoryEn" TEXT NULL;

ALTER TABLE "Products" ADD "LegacyValidUntil" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122190000_PublicCatalogue', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "LotDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LotDocuments" PRIMARY KEY AUTOINCREMENT,
    "LotId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NULL,
    CONSTRAINT "FK_LotDocuments_ProductLots_LotId" FOREIGN KEY ("LotId") REFERENCES "ProductLots" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_LotDocuments_LotId" ON "LotDocuments" ("LotId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122200000_LotDocuments', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "SalesPoints" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SalesPoints" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "CommuneCode" TEXT NOT NULL,
    "AddressLine" TEXT NULL,
    "Latitude" REAL NULL,
    "Longitude" REAL NULL,
    "OpeningHours" TEXT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "Operator" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SalesPoints_Communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "Communes" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_SalesPoints_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_SalesPoints_CommuneCode" ON "SalesPoints" ("CommuneCode");

CREATE INDEX "IX_SalesPoints_ProvinceCode_IsActive" ON "SalesPoints" ("ProvinceCode", "IsActive");

CREATE TABLE "SalesPointProducts" (
    "SalesPointId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "AddedAt" TEXT NOT NULL,
    CONSTRAINT "PK_SalesPointProducts" PRIMARY KEY ("SalesPointId", "ProductId"),
    CONSTRAINT "FK_SalesPointProducts_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SalesPointProducts_SalesPoints_SalesPointId" FOREIGN KEY ("SalesPointId") REFERENCES "SalesPoints" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_SalesPointProducts_ProductId" ON "SalesPointProducts" ("ProductId");

CREATE TABLE "ProductListings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProductListings" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "Platform" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "Price" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ProductListings_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_ProductListings_ProductId_Url" ON "ProductListings" ("ProductId", "Url");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123010000_SalesPointsAndListings', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "BuyerInquiries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BuyerInquiries" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "BuyerName" TEXT NOT NULL,
    "Company" TEXT NULL,
    "Email" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "Quantity" TEXT NOT NULL,
    "Unit" TEXT NULL,
    "Destination" TEXT NOT NULL,
    "Market" TEXT NOT NULL,
    "Message" TEXT NULL,
    "Language" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ConfirmedAt" TEXT NULL,
    "Answer" TEXT NULL,
    "AnsweredAt" TEXT NULL,
    "AnsweredBy" TEXT NULL,
    CONSTRAINT "FK_BuyerInquiries_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_BuyerInquiries_ProductId_Status" ON "BuyerInquiries" ("ProductId", "Status");

CREATE UNIQUE INDEX "IX_BuyerInquiries_TokenHash" ON "BuyerInquiries" ("TokenHash");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123020000_BuyerInquiries', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ConsignmentAgreements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ConsignmentAgreements" PRIMARY KEY AUTOINCREMENT,
    "ProducerId" INTEGER NOT NULL,
    "OutletKind" TEXT NOT NULL,
    "OutletName" TEXT NOT NULL,
    "SalesPointId" INTEGER NULL,
    "Reference" TEXT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "CommissionPercent" TEXT NOT NULL,
    "Note" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ConsignmentAgreements_Producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "Producers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ConsignmentAgreements_SalesPoints_SalesPointId" FOREIGN KEY ("SalesPointId") REFERENCES "SalesPoints" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ConsignmentAgreements_ProducerId" ON "ConsignmentAgreements" ("ProducerId");

CREATE INDEX "IX_ConsignmentAgreements_SalesPointId" ON "ConsignmentAgreements" ("SalesPointId");

CREATE TABLE "AgreementProducts" (
    "AgreementId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "OnHand" INTEGER NOT NULL,
    CONSTRAINT "PK_AgreementProducts" PRIMARY KEY ("AgreementId", "ProductId"),
    CONSTRAINT "CK_AgreementProducts_OnHand" CHECK ("OnHand" >= 0),
    CONSTRAINT "FK_AgreementProducts_ConsignmentAgreements_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "ConsignmentAgreements" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AgreementProducts_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_AgreementProducts_ProductId" ON "AgreementProducts" ("ProductId");

CREATE TABLE "ConsignmentMovements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ConsignmentMovements" PRIMARY KEY AUTOINCREMENT,
    "AgreementId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "LotId" INTEGER NULL,
    "UnitPrice" TEXT NULL,
    "Note" TEXT NULL,
    "RecordedAt" TEXT NOT NULL,
    "RecordedBy" TEXT NULL,
    CONSTRAINT "FK_ConsignmentMovements_ConsignmentAgreements_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "ConsignmentAgreements" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ConsignmentMovements_ProductLots_LotId" FOREIGN KEY ("LotId") REFERENCES "ProductLots" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ConsignmentMovements_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ConsignmentMovements_AgreementId_On" ON "ConsignmentMovements" ("AgreementId", "On");

CREATE INDEX "IX_ConsignmentMovements_LotId" ON "ConsignmentMovements" ("LotId");

CREATE INDEX "IX_ConsignmentMovements_ProductId" ON "ConsignmentMovements" ("ProductId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123030000_Consignment', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "TradeFairs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TradeFairs" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "Organiser" TEXT NOT NULL,
    "Venue" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "ApplicationsCloseOn" TEXT NOT NULL,
    "MaxBoothsPerProducer" INTEGER NOT NULL,
    "HallWidth" INTEGER NOT NULL,
    "HallDepth" INTEGER NOT NULL,
    "Description" TEXT NULL,
    "IsPublished" INTEGER NOT NULL,
    "Visitors" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_TradeFairs_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_TradeFairs_ProvinceCode_StartsOn" ON "TradeFairs" ("ProvinceCode", "StartsOn");

CREATE TABLE "FairZones" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FairZones" PRIMARY KEY AUTOINCREMENT,
    "FairId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "X" INTEGER NOT NULL,
    "Y" INTEGER NOT NULL,
    "Columns" INTEGER NOT NULL,
    "Rows" INTEGER NOT NULL,
    "BoothWidth" INTEGER NOT NULL,
    "BoothDepth" INTEGER NOT NULL,
    "AisleWidth" INTEGER NOT NULL,
    "Price" TEXT NOT NULL,
    "CornerPrice" TEXT NOT NULL,
    CONSTRAINT "FK_FairZones_TradeFairs_FairId" FOREIGN KEY ("FairId") REFERENCES "TradeFairs" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_FairZones_FairId_Code" ON "FairZones" ("FairId", "Code");

CREATE TABLE "BoothApplications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BoothApplications" PRIMARY KEY AUTOINCREMENT,
    "FairId" INTEGER NOT NULL,
    "ProducerId" INTEGER NOT NULL,
    "BoothsRequested" INTEGER NOT NULL,
    "BoothsAllocated" INTEGER NOT NULL,
    "PreferredZoneId" INTEGER NULL,
    "Wishes" TEXT NULL,
    "Status" TEXT NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    "SubmittedBy" TEXT NULL,
    "WaitlistedAt" TEXT NULL,
    "SalesAmount" TEXT NULL,
    "ContractsSigned" INTEGER NULL,
    "ContractValue" TEXT NULL,
    CONSTRAINT "CK_BoothApplications_BoothsAllocated" CHECK ("BoothsAllocated" >= 0 AND "BoothsAllocated" <= "BoothsRequested"),
    CONSTRAINT "FK_BoothApplications_TradeFairs_FairId" FOREIGN KEY ("FairId") REFERENCES "TradeFairs" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BoothApplications_Producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "Producers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_BoothApplications_FairZones_PreferredZoneId" FOREIGN KEY ("PreferredZoneId") REFERENCES "FairZones" ("Id") ON DELETE SET NULL
);

CREATE UNIQUE INDEX "IX_BoothApplications_FairId_ProducerId" ON "BoothApplications" ("FairId", "ProducerId");

CREATE INDEX "IX_BoothApplications_PreferredZoneId" ON "BoothApplications" ("PreferredZoneId");

CREATE INDEX "IX_BoothApplications_ProducerId" ON "BoothApplications" ("ProducerId");

CREATE TABLE "ApplicationProducts" (
    "ApplicationId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    CONSTRAINT "PK_ApplicationProducts" PRIMARY KEY ("ApplicationId", "ProductId"),
    CONSTRAINT "FK_ApplicationProducts_BoothApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "BoothApplications" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ApplicationProducts_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ApplicationProducts_ProductId" ON "ApplicationProducts" ("ProductId");

CREATE TABLE "Booths" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Booths" PRIMARY KEY AUTOINCREMENT,
    "FairId" INTEGER NOT NULL,
    "ZoneId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "X" INTEGER NOT NULL,
    "Y" INTEGER NOT NULL,
    "Width" INTEGER NOT NULL,
    "Depth" INTEGER NOT NULL,
    "IsCorner" INTEGER NOT NULL,
    "Price" TEXT NOT NULL,
    "ApplicationId" INTEGER NULL,
    "AllocatedAt" TEXT NULL,
    "AllocatedBy" TEXT NULL,
    CONSTRAINT "FK_Booths_TradeFairs_FairId" FOREIGN KEY ("FairId") REFERENCES "TradeFairs" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Booths_FairZones_ZoneId" FOREIGN KEY ("ZoneId") REFERENCES "FairZones" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Booths_BoothApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "BoothApplications" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Booths_FairId_Code" ON "Booths" ("FairId", "Code");

CREATE INDEX "IX_Booths_ZoneId" ON "Booths" ("ZoneId");

CREATE INDEX "IX_Booths_ApplicationId" ON "Booths" ("ApplicationId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123040000_TradeFairs', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "TrainingCourses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TrainingCourses" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Topic" TEXT NOT NULL,
    "Audience" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "IsOnline" INTEGER NOT NULL,
    "Place" TEXT NOT NULL,
    "Trainer" TEXT NULL,
    "Capacity" INTEGER NOT NULL,
    "Registered" INTEGER NOT NULL,
    "Description" TEXT NULL,
    "IsPublished" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_TrainingCourses_Registered" CHECK ("Registered" >= 0 AND "Registered" <= "Capacity"),
    CONSTRAINT "FK_TrainingCourses_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_TrainingCourses_ProvinceCode_StartsOn" ON "TrainingCourses" ("ProvinceCode", "StartsOn");

CREATE TABLE "CourseSessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CourseSessions" PRIMARY KEY AUTOINCREMENT,
    "CourseId" INTEGER NOT NULL,
    "On" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_CourseSessions_TrainingCourses_CourseId" FOREIGN KEY ("CourseId") REFERENCES "TrainingCourses" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CourseSessions_CourseId" ON "CourseSessions" ("CourseId");

CREATE TABLE "CourseRegistrations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CourseRegistrations" PRIMARY KEY AUTOINCREMENT,
    "CourseId" INTEGER NOT NULL,
    "ProducerId" INTEGER NULL,
    "ParticipantName" TEXT NOT NULL,
    "Organisation" TEXT NULL,
    "IsOfficial" INTEGER NOT NULL,
    "CommuneCode" TEXT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "IsCancelled" INTEGER NOT NULL,
    "RegisteredAt" TEXT NOT NULL,
    "RegisteredBy" TEXT NULL,
    "FeedbackRating" INTEGER NULL,
    "FeedbackComment" TEXT NULL,
    CONSTRAINT "FK_CourseRegistrations_TrainingCourses_CourseId" FOREIGN KEY ("CourseId") REFERENCES "TrainingCourses" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CourseRegistrations_Producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "Producers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CourseRegistrations_Communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "Communes" ("Code") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_CourseRegistrations_CourseId_ProducerId" ON "CourseRegistrations" ("CourseId", "ProducerId") WHERE "ProducerId" IS NOT NULL AND NOT "IsCancelled";

CREATE INDEX "IX_CourseRegistrations_ProducerId" ON "CourseRegistrations" ("ProducerId");

CREATE INDEX "IX_CourseRegistrations_CommuneCode" ON "CourseRegistrations" ("CommuneCode");

CREATE TABLE "SessionAttendances" (
    "RegistrationId" INTEGER NOT NULL,
    "SessionId" INTEGER NOT NULL,
    "MarkedAt" TEXT NOT NULL,
    "MarkedBy" TEXT NULL,
    CONSTRAINT "PK_SessionAttendances" PRIMARY KEY ("RegistrationId", "SessionId"),
    CONSTRAINT "FK_SessionAttendances_CourseRegistrations_RegistrationId" FOREIGN KEY ("RegistrationId") REFERENCES "CourseRegistrations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SessionAttendances_CourseSessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "CourseSessions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_SessionAttendances_SessionId" ON "SessionAttendances" ("SessionId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123050000_Training', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "SupportPolicies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SupportPolicies" PRIMARY KEY AUTOINCREMENT,
    "ProvinceCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Area" TEXT NOT NULL,
    "LegalBasis" TEXT NULL,
    "Conditions" TEXT NULL,
    "Budget" TEXT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SupportPolicies_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_SupportPolicies_ProvinceCode_ValidFrom" ON "SupportPolicies" ("ProvinceCode", "ValidFrom");

CREATE TABLE "SupportRecords" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SupportRecords" PRIMARY KEY AUTOINCREMENT,
    "ProducerId" INTEGER NOT NULL,
    "ProductId" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "Provider" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NULL,
    "Cost" TEXT NOT NULL,
    "Funding" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Outcome" TEXT NULL,
    "PolicyId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SupportRecords_Producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "Producers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SupportRecords_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SupportRecords_SupportPolicies_PolicyId" FOREIGN KEY ("PolicyId") REFERENCES "SupportPolicies" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_SupportRecords_PolicyId" ON "SupportRecords" ("PolicyId");

CREATE INDEX "IX_SupportRecords_ProducerId_StartsOn" ON "SupportRecords" ("ProducerId", "StartsOn");

CREATE INDEX "IX_SupportRecords_ProductId" ON "SupportRecords" ("ProductId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123060000_Support', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "RawMaterialAreas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RawMaterialAreas" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "CommuneCode" TEXT NOT NULL,
    "Hectares" TEXT NOT NULL,
    "Crop" TEXT NOT NULL,
    "Certifications" TEXT NULL,
    "Boundary" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_RawMaterialAreas_Communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "Communes" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_RawMaterialAreas_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_RawMaterialAreas_CommuneCode" ON "RawMaterialAreas" ("CommuneCode");

CREATE INDEX "IX_RawMaterialAreas_ProvinceCode" ON "RawMaterialAreas" ("ProvinceCode");

CREATE TABLE "ValueChains" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ValueChains" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "AreaId" INTEGER NULL,
    "Description" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ValueChains_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_ValueChains_RawMaterialAreas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "RawMaterialAreas" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ValueChains_AreaId" ON "ValueChains" ("AreaId");

CREATE INDEX "IX_ValueChains_ProvinceCode" ON "ValueChains" ("ProvinceCode");

CREATE TABLE "ValueChainMembers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ValueChainMembers" PRIMARY KEY AUTOINCREMENT,
    "ChainId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "ProducerId" INTEGER NULL,
    "PartnerName" TEXT NULL,
    "Contract" TEXT NULL,
    "ContractSignedOn" TEXT NULL,
    CONSTRAINT "FK_ValueChainMembers_ValueChains_ChainId" FOREIGN KEY ("ChainId") REFERENCES "ValueChains" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ValueChainMembers_Producers_ProducerId" FOREIGN KEY ("ProducerId") REFERENCES "Producers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ValueChainMembers_ChainId" ON "ValueChainMembers" ("ChainId");

CREATE INDEX "IX_ValueChainMembers_ProducerId" ON "ValueChainMembers" ("ProducerId");

CREATE TABLE "ValueChainProducts" (
    "ChainId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    CONSTRAINT "PK_ValueChainProducts" PRIMARY KEY ("ChainId", "ProductId"),
    CONSTRAINT "FK_ValueChainProducts_ValueChains_ChainId" FOREIGN KEY ("ChainId") REFERENCES "ValueChains" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ValueChainProducts_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ValueChainProducts_ProductId" ON "ValueChainProducts" ("ProductId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123070000_ValueChains', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Attachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Attachments" PRIMARY KEY AUTOINCREMENT,
    "CourseId" INTEGER NULL,
    "SupportRecordId" INTEGER NULL,
    "Title" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NULL,
    CONSTRAINT "CK_Attachments_OneOwner" CHECK (("CourseId" IS NULL) <> ("SupportRecordId" IS NULL)),
    CONSTRAINT "FK_Attachments_TrainingCourses_CourseId" FOREIGN KEY ("CourseId") REFERENCES "TrainingCourses" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Attachments_SupportRecords_SupportRecordId" FOREIGN KEY ("SupportRecordId") REFERENCES "SupportRecords" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Attachments_CourseId" ON "Attachments" ("CourseId");

CREATE INDEX "IX_Attachments_SupportRecordId" ON "Attachments" ("SupportRecordId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123080000_Attachments', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ProgrammeTargets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProgrammeTargets" PRIMARY KEY AUTOINCREMENT,
    "ProvinceCode" TEXT NOT NULL,
    "CommuneCode" TEXT NULL,
    "MetricKey" TEXT NOT NULL,
    "PeriodCode" TEXT NULL,
    "StartsOn" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "UpperValue" TEXT NULL,
    "Title" TEXT NULL,
    "Source" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_ProgrammeTargets_Dates" CHECK ("DueOn" >= "StartsOn"),
    CONSTRAINT "FK_ProgrammeTargets_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgrammeTargets_Communes_CommuneCode" FOREIGN KEY ("CommuneCode") REFERENCES "Communes" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_ProgrammeTargets_CommuneCode" ON "ProgrammeTargets" ("CommuneCode");

CREATE INDEX "IX_ProgrammeTargets_ProvinceCode_DueOn" ON "ProgrammeTargets" ("ProvinceCode", "DueOn");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123090000_ProgrammeTargets', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ImportBatches" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportBatches" PRIMARY KEY AUTOINCREMENT,
    "ProvinceCode" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "MappingJson" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NULL,
    "ImportedAt" TEXT NULL,
    "ImportedBy" TEXT NULL,
    "ProducersCreated" INTEGER NOT NULL,
    "ProducersUpdated" INTEGER NOT NULL,
    "ProductsCreated" INTEGER NOT NULL,
    "ProductsUpdated" INTEGER NOT NULL,
    CONSTRAINT "FK_ImportBatches_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_ImportBatches_ProvinceCode_UploadedAt" ON "ImportBatches" ("ProvinceCode", "UploadedAt");

CREATE TABLE "ImportMappings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportMappings" PRIMARY KEY AUTOINCREMENT,
    "ProvinceCode" TEXT NOT NULL,
    "HeaderSignature" TEXT NOT NULL,
    "MappingJson" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ImportMappings_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_ImportMappings_ProvinceCode_HeaderSignature" ON "ImportMappings" ("ProvinceCode", "HeaderSignature");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123100000_Imports', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "IntegrationTokens" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IntegrationTokens" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "Access" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "LastUsedAt" TEXT NULL,
    "RevokedAt" TEXT NULL,
    "RevokedBy" TEXT NULL,
    CONSTRAINT "FK_IntegrationTokens_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_IntegrationTokens_Hash" ON "IntegrationTokens" ("Hash");

CREATE INDEX "IX_IntegrationTokens_ProvinceCode" ON "IntegrationTokens" ("ProvinceCode");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123110000_IntegrationTokens', '10.0.14');

COMMIT;

