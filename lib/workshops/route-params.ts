import { z } from "zod";

// Path parameters of the staff workshop routes: anything that is not a UUID is simply "not found".
export const workshopParamsSchema = z.object({ id: z.uuid(), activityId: z.uuid().optional() });
