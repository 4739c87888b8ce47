<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>make an empty server database a team&apos;s: schema, group roles, privileges; the login connected becomes the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first administrator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>further roles besides administrator (officer, reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new person with a login of their own (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server login to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator, officer or reviewer; comma-separated or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the login&apos;s password from the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the login without a password (the server authenticates it otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a person inactive and their login unable to log in (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team on a server database: init, add-person, add-login, remove-person, set-roles, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has people already (copied from a single desk): the --as person, one of its administrators, connects with this login from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login for a person who has none (people copied from a single desk; administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a person&apos;s roles; their login&apos;s groups follow (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people, their logins and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {names}; the roles are administrator, officer and reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input; give one, or use --no-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password of {login} with --password-stdin, or --no-password when the server authenticates it otherwise; it is never given on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the login {login}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty password is no password; use --no-password for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first administrator&apos;s name with --name (or --existing for a database that has people already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is now a team database. {name} (login {login}) is its first administrator; add the others with &apos;commdesk team add-person&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} with the login {login} ({roles}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} connects with the login {login} from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is inactive and the login {login} can no longer log in; what they did stays in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>team commands need a server database: give a PostgreSQL database with --db postgresql://LOGIN@HOST/DATABASE (a single-desk file has no logins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server database is not a team database yet: its owner runs &apos;commdesk team init --name NAME&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is 1 to 63 lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos; (not &apos;pg_&apos;); for example li.ming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login {login} does not own this database and its tables; team init is run by the login that owns them (it also runs the upgrades). Ask the server&apos;s administrator to create the database with OWNER {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login {login} may not create roles; team init makes the office&apos;s group roles and later each person&apos;s login. Ask the server&apos;s administrator for &apos;ALTER ROLE {login} CREATEROLE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add people to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a login called {login} already; choose another login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has people already, so it cannot be made a team database afresh; &apos;commdesk team init&apos; needs an empty database (a database copied from a single desk is made a team&apos;s by one of its administrators with &apos;commdesk --as NAME team init --existing&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make this database a team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which administrator of this database you are with --as NAME; that person then connects with this login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is a team database already; &apos;commdesk team list&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give people a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} connects with the login {login} already; a login is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove people from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} connects with the login that owns the database (it runs the upgrades); that person cannot be removed while it owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change people&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login or person is called &apos;{who}&apos;; &apos;commdesk team list&apos; shows the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
