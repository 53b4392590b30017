module.exports = class Data1796220601752 {
    name = 'Data1796220601752'

    async up(db) {
        await db.query(`ALTER TABLE "inference" ADD "status_reason" text`)
        await db.query(`ALTER TABLE "settlement" ADD "blob_not_found" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "settlement" ALTER COLUMN "blob_not_found" DROP DEFAULT`)
        await db.query(`ALTER TABLE "settlement" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "inference" DROP COLUMN "status_reason"`)
        await db.query(`ALTER TABLE "settlement" DROP COLUMN "blob_not_found"`)
        await db.query(`ALTER TABLE "settlement" DROP COLUMN "next_attempt_at"`)
    }
}
