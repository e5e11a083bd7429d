using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Partners.Api.Infrastructure.Migrations;

/// <summary>
/// The members of a structure (platform identity, role) and the invitations to join it (only the secret's SHA-256 is
/// stored). Existing structures start without members: an operator invites their first admin (docs/partners.md).
/// </summary>
[DbContext(typeof(PartnersDbContext))]
[Migration("20261202100000_MembersAndInvitations")]
public sealed class MembersAndInvitations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE structure_members (
                "Id" uuid NOT NULL,
                "StructureId" uuid NOT NULL,
                "Subject" character varying(128) NOT NULL,
                "Name" character varying(200) NOT NULL,
                "Email" character varying(200) NOT NULL,
                "Role" character varying(16) NOT NULL,
                "InvitationId" uuid NOT NULL,
                "JoinedAt" timestamp with time zone NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_structure_members" PRIMARY KEY ("Id")
            );
            CREATE UNIQUE INDEX "IX_structure_members_StructureId_Subject" ON structure_members ("StructureId", "Subject");

            CREATE TABLE invitations (
                "Id" uuid NOT NULL,
                "StructureId" uuid NOT NULL,
                "Email" character varying(200) NOT NULL,
                "Role" character varying(16) NOT NULL,
                "SecretHash" character varying(64) NOT NULL,
                "Status" character varying(16) NOT NULL,
                "InvitedBy" character varying(128) NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "ExpiresAt" timestamp with time zone NOT NULL,
                "AcceptedBy" character varying(128),
                "AcceptedAt" timestamp with time zone,
                "RevokedAt" timestamp with time zone,
                CONSTRAINT "PK_invitations" PRIMARY KEY ("Id")
            );
            CREATE UNIQUE INDEX "IX_invitations_SecretHash" ON invitations ("SecretHash");
            CREATE INDEX "IX_invitations_StructureId_CreatedAt" ON invitations ("StructureId", "CreatedAt");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE IF EXISTS invitations; DROP TABLE IF EXISTS structure_members;");
}
