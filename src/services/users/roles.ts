/** Roles of a user row (re-exported for the server, which never imports repositories). */
export { rolesOf } from "../../db/repositories/user.repository.js";
