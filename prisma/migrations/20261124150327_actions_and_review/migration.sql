-- CreateTable
CREATE TABLE "SuggestionDismissal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "questionCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "dismissedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SuggestionDismissal_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ActionQuestion" (
    "actionId" TEXT NOT NULL,
    "questionCode" TEXT NOT NULL,
    "sectionCode" TEXT NOT NULL,

    PRIMARY KEY ("actionId", "questionCode"),
    CONSTRAINT "ActionQuestion_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ActionQuestion" ("actionId", "questionCode", "sectionCode") SELECT "actionId", "questionCode", substr("questionCode", 1, 1) FROM "ActionQuestion";
DROP TABLE "ActionQuestion";
ALTER TABLE "new_ActionQuestion" RENAME TO "ActionQuestion";
CREATE INDEX "ActionQuestion_questionCode_idx" ON "ActionQuestion"("questionCode");
CREATE INDEX "ActionQuestion_sectionCode_actionId_idx" ON "ActionQuestion"("sectionCode", "actionId");
CREATE TABLE "new_ReviewComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "questionCode" TEXT,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "parentId" TEXT,
    "round" INTEGER NOT NULL DEFAULT 1,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewComment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ReviewComment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewComment" ("assessmentId", "authorId", "body", "createdAt", "id", "kind", "parentId", "questionCode", "resolvedAt") SELECT "assessmentId", "authorId", "body", "createdAt", "id", "kind", "parentId", "questionCode", "resolvedAt" FROM "ReviewComment";
DROP TABLE "ReviewComment";
ALTER TABLE "new_ReviewComment" RENAME TO "ReviewComment";
CREATE INDEX "ReviewComment_assessmentId_questionCode_idx" ON "ReviewComment"("assessmentId", "questionCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionDismissal_assessmentId_questionCode_key" ON "SuggestionDismissal"("assessmentId", "questionCode");

