-- CreateTable
CREATE TABLE "Force" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Alliance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "formedOn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AllianceMember" (
    "allianceId" TEXT NOT NULL,
    "forceId" TEXT NOT NULL,
    "joinedOn" DATETIME,

    PRIMARY KEY ("allianceId", "forceId"),
    CONSTRAINT "AllianceMember_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AllianceMember_forceId_fkey" FOREIGN KEY ("forceId") REFERENCES "Force" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'PSD',
    "forceId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "user_forceId_fkey" FOREIGN KEY ("forceId") REFERENCES "Force" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "rateLimit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "ChecklistVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ChecklistSection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    CONSTRAINT "ChecklistSection_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ChecklistVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    CONSTRAINT "ChecklistQuestion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ChecklistVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChecklistQuestion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ChecklistSection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentCycle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "deadline" DATETIME NOT NULL,
    "isOpen" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "forceId" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "checklistVersionId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "startedById" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readyAt" DATETIME,
    "submittedAt" DATETIME,
    "returnedAt" DATETIME,
    "acceptedAt" DATETIME,
    "declarationName" TEXT,
    "declarationRole" TEXT,
    "declarationDate" DATETIME,
    "judgement" TEXT,
    "judgementSummary" TEXT,
    "inspectorName" TEXT,
    "inspectorRegion" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assessment_forceId_fkey" FOREIGN KEY ("forceId") REFERENCES "Force" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AssessmentCycle" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_checklistVersionId_fkey" FOREIGN KEY ("checklistVersionId") REFERENCES "ChecklistVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentSection" (
    "assessmentId" TEXT NOT NULL,
    "sectionCode" TEXT NOT NULL,
    "completedAt" DATETIME,
    "completedById" TEXT,
    "judgement" TEXT,

    PRIMARY KEY ("assessmentId", "sectionCode"),
    CONSTRAINT "AssessmentSection_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "questionCode" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "carriedForward" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Answer_assessmentId_versionId_fkey" FOREIGN KEY ("assessmentId", "versionId") REFERENCES "Assessment" ("id", "checklistVersionId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_versionId_questionCode_fkey" FOREIGN KEY ("versionId", "questionCode") REFERENCES "ChecklistQuestion" ("versionId", "code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Answer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT,
    "answerId" TEXT,
    "actionId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT,
    "storageKey" TEXT,
    "url" TEXT,
    "sha256" TEXT,
    "sizeBytes" INTEGER,
    "mimeType" TEXT,
    "marking" TEXT NOT NULL DEFAULT 'OFFICIAL',
    "uploadedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evidence_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "forceId" TEXT NOT NULL,
    "assessmentId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerUserId" TEXT,
    "ownerRole" TEXT,
    "dueDate" DATETIME NOT NULL,
    "priority" TEXT NOT NULL DEFAULT 'MEDIUM',
    "status" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "evidenceRequired" BOOLEAN NOT NULL DEFAULT false,
    "completionNote" TEXT,
    "completedAt" DATETIME,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Action_forceId_fkey" FOREIGN KEY ("forceId") REFERENCES "Force" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Action_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Action_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionQuestion" (
    "actionId" TEXT NOT NULL,
    "questionCode" TEXT NOT NULL,

    PRIMARY KEY ("actionId", "questionCode"),
    CONSTRAINT "ActionQuestion_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actionId" TEXT NOT NULL,
    "authorId" TEXT,
    "note" TEXT NOT NULL,
    "status" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "questionCode" TEXT,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "parentId" TEXT,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewComment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ReviewComment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Snapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Snapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "actorRole" TEXT,
    "forceId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
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



-- Immutable records: a published checklist, a snapshot and an audit event are never changed.
CREATE TRIGGER "ChecklistVersion_no_update" BEFORE UPDATE ON "ChecklistVersion"
BEGIN SELECT RAISE(ABORT, 'checklist versions are immutable once published'); END;
CREATE TRIGGER "ChecklistVersion_no_delete" BEFORE DELETE ON "ChecklistVersion"
BEGIN SELECT RAISE(ABORT, 'checklist versions are immutable once published'); END;
CREATE TRIGGER "ChecklistSection_no_update" BEFORE UPDATE ON "ChecklistSection"
BEGIN SELECT RAISE(ABORT, 'checklist versions are immutable once published'); END;
CREATE TRIGGER "ChecklistQuestion_no_update" BEFORE UPDATE ON "ChecklistQuestion"
BEGIN SELECT RAISE(ABORT, 'checklist versions are immutable once published'); END;
CREATE TRIGGER "Snapshot_no_update" BEFORE UPDATE ON "Snapshot"
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
