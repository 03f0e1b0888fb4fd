-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN "questionCode" TEXT;

-- CreateIndex
CREATE INDEX "Evidence_assessmentId_questionCode_idx" ON "Evidence"("assessmentId", "questionCode");

