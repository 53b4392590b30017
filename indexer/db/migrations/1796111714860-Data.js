module.exports = class Data1796111714860 {
    name = 'Data1796111714860'

    async up(db) {
        await db.query(`DROP INDEX "public"."IDX_b17a01172f69d4efcd728e53ec"`)
        await db.query(`DROP INDEX "public"."IDX_43da65ab1505862a57fd9d462e"`)
        await db.query(`DROP INDEX "public"."IDX_76bdfed1a7eb27c6d8ecbb7349"`)
        await db.query(`DROP INDEX "public"."IDX_0751309c66e97eac9ef1149362"`)
        await db.query(`CREATE INDEX "IDX_95720001704e5039f8caaeb6b2" ON "heartbeat" ("tx_hash") `)
        await db.query(`CREATE INDEX "IDX_0631b3983fcb1efe9f6a05d896" ON "payment" ("payee_id", "timestamp") `)
        await db.query(`CREATE INDEX "IDX_aca4dce9126c2f04174d78b615" ON "payment" ("payer_id", "timestamp") `)
        await db.query(`CREATE INDEX "IDX_402cfdc396d7118a045af86643" ON "transfer" ("to_id", "timestamp") `)
        await db.query(`CREATE INDEX "IDX_ba643c40ec4e641eb05c433efb" ON "transfer" ("from_id", "timestamp") `)
        await db.query(`CREATE INDEX "IDX_0c01da28a0908d7e5cf6330269" ON "staking_event" ("tx_hash") `)
    }

    async down(db) {
        await db.query(`CREATE INDEX "IDX_b17a01172f69d4efcd728e53ec" ON "payment" ("payer_id") `)
        await db.query(`CREATE INDEX "IDX_43da65ab1505862a57fd9d462e" ON "payment" ("payee_id") `)
        await db.query(`CREATE INDEX "IDX_76bdfed1a7eb27c6d8ecbb7349" ON "transfer" ("from_id") `)
        await db.query(`CREATE INDEX "IDX_0751309c66e97eac9ef1149362" ON "transfer" ("to_id") `)
        await db.query(`DROP INDEX "public"."IDX_95720001704e5039f8caaeb6b2"`)
        await db.query(`DROP INDEX "public"."IDX_0631b3983fcb1efe9f6a05d896"`)
        await db.query(`DROP INDEX "public"."IDX_aca4dce9126c2f04174d78b615"`)
        await db.query(`DROP INDEX "public"."IDX_402cfdc396d7118a045af86643"`)
        await db.query(`DROP INDEX "public"."IDX_ba643c40ec4e641eb05c433efb"`)
        await db.query(`DROP INDEX "public"."IDX_0c01da28a0908d7e5cf6330269"`)
    }
}
