-- AlterTable
ALTER TABLE "ActionQuestion" ADD COLUMN     "sectionCode" TEXT;
UPDATE "ActionQuestion" SET "sectionCode" = substr("questionCode", 1, 1);
ALTER TABLE "ActionQuestion" ALTER COLUMN "sectionCode" SET NOT NULL;

-- AlterTable
ALTER TABLE "ReviewComment" ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "SuggestionDismissal" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "questionCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "dismissedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionDismissal_assessmentId_questionCode_key" ON "SuggestionDismissal"("assessmentId", "questionCode");

-- CreateIndex
CREATE INDEX "ActionQuestion_sectionCode_actionId_idx" ON "ActionQuestion"("sectionCode", "actionId");

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

