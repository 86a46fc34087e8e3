-- AlterEnum
ALTER TYPE "WorkshopActivityKind" ADD VALUE 'ranking';
