// Prints the Go release it was built with, which the test compares with what the scan reads
// from the binary's build information.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.Version())
}
