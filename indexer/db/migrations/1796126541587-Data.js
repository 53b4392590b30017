module.exports = class Data1796126541587 {
    name = 'Data1796126541587'

    async up(db) {
        await db.query(`CREATE TABLE "og_hourly_stat" ("id" character varying NOT NULL, "hour" TIMESTAMP WITH TIME ZONE NOT NULL, "inferences_settled" integer NOT NULL, "batch_inferences" integer NOT NULL, "individual_inferences" integer NOT NULL, "legacy_inferences" integer NOT NULL, "hub_inferences" integer NOT NULL, "inferences_verified" integer NOT NULL, "inferences_failed" integer NOT NULL, "settlements" integer NOT NULL, "heartbeats" integer NOT NULL, "staking_events" integer NOT NULL, CONSTRAINT "PK_d833100cd392bfdfb6947b76e1c" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_01605df90c847e487db926a078" ON "og_hourly_stat" ("hour") `)
        await db.query(`CREATE TABLE "base_hourly_stat" ("id" character varying NOT NULL, "hour" TIMESTAMP WITH TIME ZONE NOT NULL, "payments" integer NOT NULL, "new_wallets" integer NOT NULL, "payment_volume" numeric NOT NULL, "payment_volume_usd" numeric NOT NULL, "transfers" integer NOT NULL, "unlocked" numeric NOT NULL, "swaps" integer NOT NULL, "swap_volume_usd" numeric NOT NULL, CONSTRAINT "PK_4d76046b934aed9a71619ff23fe" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_0de0161da535defc2103cd690c" ON "base_hourly_stat" ("hour") `)
        await db.query(`CREATE TABLE "inference_daily_group" ("id" character varying NOT NULL, "date" TIMESTAMP WITH TIME ZONE NOT NULL, "tee_id" text NOT NULL, "mode" character varying(7) NOT NULL, "inferences" integer NOT NULL, "verified" integer NOT NULL, "invalid" integer NOT NULL, "pending" integer NOT NULL, "unverifiable" integer NOT NULL, CONSTRAINT "PK_1196b90ae38a6aec6d1ab9824a0" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_4dc4758a72e0c3d7b7f8f0c01b" ON "inference_daily_group" ("date") `)
        await db.query(`CREATE TABLE "allocation_daily_unlock" ("id" character varying NOT NULL, "date" TIMESTAMP WITH TIME ZONE NOT NULL, "allocation" text NOT NULL, "amount" numeric NOT NULL, "unlocks" integer NOT NULL, CONSTRAINT "PK_9e9a9528fa334bd7d6fa7130daf" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_3d95ff0c691bf66bf661f9b2cf" ON "allocation_daily_unlock" ("date") `)
        await db.query(`CREATE INDEX "IDX_ee4feb6abfb5aa191c20e78dd8" ON "payment" ("amount") `)
    }

    async down(db) {
        await db.query(`DROP INDEX "public"."IDX_ee4feb6abfb5aa191c20e78dd8"`)
        await db.query(`DROP INDEX "public"."IDX_3d95ff0c691bf66bf661f9b2cf"`)
        await db.query(`DROP TABLE "allocation_daily_unlock"`)
        await db.query(`DROP INDEX "public"."IDX_4dc4758a72e0c3d7b7f8f0c01b"`)
        await db.query(`DROP TABLE "inference_daily_group"`)
        await db.query(`DROP INDEX "public"."IDX_0de0161da535defc2103cd690c"`)
        await db.query(`DROP TABLE "base_hourly_stat"`)
        await db.query(`DROP INDEX "public"."IDX_01605df90c847e487db926a078"`)
        await db.query(`DROP TABLE "og_hourly_stat"`)
    }
}
