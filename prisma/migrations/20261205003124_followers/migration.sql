-- CreateTable
CREATE TABLE "Follower" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "issueId" UUID,
    "publicationId" UUID,
    "target" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'now',
    "confirmTokenHash" TEXT,
    "confirmExpiresAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "unsubscribedAt" TIMESTAMPTZ(3),
    "bouncedAt" TIMESTAMPTZ(3),
    "complainedAt" TIMESTAMPTZ(3),
    "lastDigestAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follower_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowerMail" (
    "id" UUID NOT NULL,
    "followerId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "items" JSONB NOT NULL DEFAULT '[]',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claim" UUID,
    "claimedUntil" TIMESTAMPTZ(3),
    "nextAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "failedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowerMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowerItem" (
    "followerId" UUID NOT NULL,
    "itemKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowerItem_pkey" PRIMARY KEY ("followerId","itemKey")
);

-- CreateTable
CREATE TABLE "FollowerRequest" (
    "id" UUID NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowerRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicAttentionDay" (
    "regencyId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,
    "shares" INTEGER NOT NULL DEFAULT 0,
    "feedFetches" INTEGER NOT NULL DEFAULT 0,
    "feedSubscribers" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicAttentionDay_pkey" PRIMARY KEY ("regencyId","subject","day")
);

-- CreateTable
CREATE TABLE "FeedReaderDay" (
    "day" DATE NOT NULL,
    "subject" TEXT NOT NULL,
    "readerHash" TEXT NOT NULL,

    CONSTRAINT "FeedReaderDay_pkey" PRIMARY KEY ("day","subject","readerHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "Follower_confirmTokenHash_key" ON "Follower"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "Follower_regencyId_confirmedAt_idx" ON "Follower"("regencyId", "confirmedAt");

-- CreateIndex
CREATE INDEX "Follower_issueId_idx" ON "Follower"("issueId");

-- CreateIndex
CREATE INDEX "Follower_publicationId_idx" ON "Follower"("publicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Follower_email_target_key" ON "Follower"("email", "target");

-- CreateIndex
CREATE INDEX "FollowerMail_sentAt_failedAt_cancelledAt_createdAt_idx" ON "FollowerMail"("sentAt", "failedAt", "cancelledAt", "createdAt");

-- CreateIndex
CREATE INDEX "FollowerMail_followerId_idx" ON "FollowerMail"("followerId");

-- CreateIndex
CREATE INDEX "FollowerRequest_keyHash_createdAt_idx" ON "FollowerRequest"("keyHash", "createdAt");

-- CreateIndex
CREATE INDEX "FollowerRequest_createdAt_idx" ON "FollowerRequest"("createdAt");

-- AddForeignKey
ALTER TABLE "Follower" ADD CONSTRAINT "Follower_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follower" ADD CONSTRAINT "Follower_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follower" ADD CONSTRAINT "Follower_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowerMail" ADD CONSTRAINT "FollowerMail_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "Follower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowerItem" ADD CONSTRAINT "FollowerItem_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "Follower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicAttentionDay" ADD CONSTRAINT "PublicAttentionDay_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
