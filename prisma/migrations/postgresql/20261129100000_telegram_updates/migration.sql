-- Telegram updates taken for handling (exactly once: the unique key is inserted before the effect)
-- and the private chats with their keyboard generation and language.
CREATE TABLE "TelegramUpdate" (
    "botId" TEXT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "TelegramUpdate_pkey" PRIMARY KEY ("botId", "updateId")
);
CREATE INDEX "TelegramUpdate_receivedAt_idx" ON "TelegramUpdate"("receivedAt");

CREATE TABLE "TelegramChat" (
    "chatId" TEXT NOT NULL,
    "keyboardGeneration" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "TelegramChat_pkey" PRIMARY KEY ("chatId")
);
