export default function Home() {
  return <p>Home of a signed-in user</p>;
}
