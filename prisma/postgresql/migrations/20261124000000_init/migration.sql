-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PSD', 'CHIEF_OFFICER', 'INSPECTOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'READY_FOR_SIGN_OFF', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "Judgement" AS ENUM ('GOOD_PROGRESS', 'SOME_PROGRESS', 'LIMITED_PROGRESS');

-- CreateEnum
CREATE TYPE "ProtectiveMarking" AS ENUM ('OFFICIAL', 'OFFICIAL_SENSITIVE');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('FILE', 'LINK');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED', 'COMPLETED', 'CLOSED');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "ReviewCommentKind" AS ENUM ('QUERY', 'ACCEPTED', 'RESPONSE', 'NOTE');

-- CreateEnum
CREATE TYPE "SnapshotKind" AS ENUM ('SUBMISSION', 'ACCEPTANCE');

-- CreateTable
CREATE TABLE "Force" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Force_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alliance" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "formedOn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alliance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllianceMember" (
    "allianceId" TEXT NOT NULL,
    "forceId" TEXT NOT NULL,
    "joinedOn" TIMESTAMP(3),

    CONSTRAINT "AllianceMember_pkey" PRIMARY KEY ("allianceId","forceId")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'PSD',
    "forceId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistVersion" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistSection" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "ChecklistSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistQuestion" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "hint" TEXT,
    "answerType" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL,
    "cites" TEXT NOT NULL,
    "reportHeading" TEXT NOT NULL,
    "config" TEXT NOT NULL,

    CONSTRAINT "ChecklistQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentCycle" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "isOpen" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "forceId" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "checklistVersionId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "startedById" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readyAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "declarationName" TEXT,
    "declarationRole" TEXT,
    "declarationDate" TIMESTAMP(3),
    "judgement" "Judgement",
    "judgementSummary" TEXT,
    "inspectorName" TEXT,
    "inspectorRegion" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentSection" (
    "assessmentId" TEXT NOT NULL,
    "sectionCode" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "judgement" "Judgement",

    CONSTRAINT "AssessmentSection_pkey" PRIMARY KEY ("assessmentId","sectionCode")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "questionCode" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "carriedForward" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT,
    "answerId" TEXT,
    "actionId" TEXT,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT,
    "storageKey" TEXT,
    "url" TEXT,
    "sha256" TEXT,
    "sizeBytes" INTEGER,
    "mimeType" TEXT,
    "marking" "ProtectiveMarking" NOT NULL DEFAULT 'OFFICIAL',
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "forceId" TEXT NOT NULL,
    "assessmentId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerUserId" TEXT,
    "ownerRole" TEXT,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "priority" "Priority" NOT NULL DEFAULT 'MEDIUM',
    "status" "ActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "evidenceRequired" BOOLEAN NOT NULL DEFAULT false,
    "completionNote" TEXT,
    "completedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionQuestion" (
    "actionId" TEXT NOT NULL,
    "questionCode" TEXT NOT NULL,

    CONSTRAINT "ActionQuestion_pkey" PRIMARY KEY ("actionId","questionCode")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "authorId" TEXT,
    "note" TEXT NOT NULL,
    "status" "ActionStatus",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "questionCode" TEXT,
    "kind" "ReviewCommentKind" NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "parentId" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Snapshot" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "kind" "SnapshotKind" NOT NULL,
    "content" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "actorRole" TEXT,
    "forceId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Force_slug_key" ON "Force"("slug");

-- CreateIndex
CREATE INDEX "Force_region_idx" ON "Force"("region");

-- CreateIndex
CREATE UNIQUE INDEX "Alliance_slug_key" ON "Alliance"("slug");

-- CreateIndex
CREATE INDEX "AllianceMember_forceId_idx" ON "AllianceMember"("forceId");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "user_forceId_role_idx" ON "user"("forceId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rateLimit_key_key" ON "rateLimit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistVersion_number_key" ON "ChecklistVersion"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistVersion_contentHash_key" ON "ChecklistVersion"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistSection_versionId_code_key" ON "ChecklistSection"("versionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistSection_versionId_position_key" ON "ChecklistSection"("versionId", "position");

-- CreateIndex
CREATE INDEX "ChecklistQuestion_sectionId_position_idx" ON "ChecklistQuestion"("sectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistQuestion_versionId_code_key" ON "ChecklistQuestion"("versionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentCycle_slug_key" ON "AssessmentCycle"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_reference_key" ON "Assessment"("reference");

-- CreateIndex
CREATE INDEX "Assessment_status_submittedAt_idx" ON "Assessment"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Assessment_cycleId_status_idx" ON "Assessment"("cycleId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_forceId_cycleId_key" ON "Assessment"("forceId", "cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_id_checklistVersionId_key" ON "Assessment"("id", "checklistVersionId");

-- CreateIndex
CREATE INDEX "Answer_assessmentId_updatedAt_idx" ON "Answer"("assessmentId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_assessmentId_questionCode_key" ON "Answer"("assessmentId", "questionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_storageKey_key" ON "Evidence"("storageKey");

-- CreateIndex
CREATE INDEX "Evidence_assessmentId_idx" ON "Evidence"("assessmentId");

-- CreateIndex
CREATE INDEX "Evidence_answerId_idx" ON "Evidence"("answerId");

-- CreateIndex
CREATE INDEX "Evidence_actionId_idx" ON "Evidence"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "Action_reference_key" ON "Action"("reference");

-- CreateIndex
CREATE INDEX "Action_forceId_status_dueDate_idx" ON "Action"("forceId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Action_forceId_dueDate_idx" ON "Action"("forceId", "dueDate");

-- CreateIndex
CREATE INDEX "Action_forceId_ownerUserId_idx" ON "Action"("forceId", "ownerUserId");

-- CreateIndex
CREATE INDEX "Action_assessmentId_idx" ON "Action"("assessmentId");

-- CreateIndex
CREATE INDEX "ActionQuestion_questionCode_idx" ON "ActionQuestion"("questionCode");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_createdAt_idx" ON "ActionUpdate"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewComment_assessmentId_questionCode_idx" ON "ReviewComment"("assessmentId", "questionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Snapshot_assessmentId_sequence_key" ON "Snapshot"("assessmentId", "sequence");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_forceId_at_idx" ON "AuditEvent"("forceId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "AllianceMember" ADD CONSTRAINT "AllianceMember_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceMember" ADD CONSTRAINT "AllianceMember_forceId_fkey" FOREIGN KEY ("forceId") REFERENCES "Force"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_forceId_fkey" FOREIGN KEY ("forceId") REFERENCES "Force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistSection" ADD CONSTRAINT "ChecklistSection_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ChecklistVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistQuestion" ADD CONSTRAINT "ChecklistQuestion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ChecklistVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistQuestion" ADD CONSTRAINT "ChecklistQuestion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ChecklistSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_forceId_fkey" FOREIGN KEY ("forceId") REFERENCES "Force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AssessmentCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_checklistVersionId_fkey" FOREIGN KEY ("checklistVersionId") REFERENCES "ChecklistVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSection" ADD CONSTRAINT "AssessmentSection_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_assessmentId_versionId_fkey" FOREIGN KEY ("assessmentId", "versionId") REFERENCES "Assessment"("id", "checklistVersionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_versionId_questionCode_fkey" FOREIGN KEY ("versionId", "questionCode") REFERENCES "ChecklistQuestion"("versionId", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_forceId_fkey" FOREIGN KEY ("forceId") REFERENCES "Force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionQuestion" ADD CONSTRAINT "ActionQuestion_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ReviewComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Snapshot" ADD CONSTRAINT "Snapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Immutable records: a published checklist, a snapshot and an audit event are never changed.
-- Same refusals and messages as the SQLite triggers; the message is the trigger's argument.
CREATE FUNCTION "ihc_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0];
END;
$$;
CREATE TRIGGER "ChecklistVersion_no_update" BEFORE UPDATE ON "ChecklistVersion"
FOR EACH ROW EXECUTE FUNCTION "ihc_refuse_change"('checklist versions are immutable once published');
CREATE TRIGGER "ChecklistVersion_no_delete" BEFORE DELETE ON "ChecklistVersion"
FOR EACH ROW EXECUTE FUNCTION "ihc_refuse_change"('checklist versions are immutable once published');
CREATE TRIGGER "ChecklistSection_no_update" BEFORE UPDATE ON "ChecklistSection"
FOR EACH ROW EXECUTE FUNCTION "ihc_refuse_change"('checklist versions are immutable once published');
CREATE TRIGGER "ChecklistQuestion_no_update" BEFORE UPDATE ON "ChecklistQuestion"
FOR EACH ROW EXECUTE FUNCTION "ihc_refuse_change"('checklist versions are immutable once published');
CREATE TRIGGER "Snapshot_no_update" BEFORE UPDATE ON "Snapshot"
FOR EACH ROW EXECUTE FUNCTION "ihc_refuse_change"('snapshots are immutable');
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "ihc_refuse_change"('audit events are append-only');
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "ihc_refuse_change"('audit events are append-only');
-- PostgreSQL's TRUNCATE skips row triggers (SQLite has no TRUNCATE): refuse it for the audit trail too.
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "ihc_refuse_change"('audit events are append-only');
